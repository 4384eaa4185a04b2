package signpost.bot.core;

import java.time.Instant;
import java.util.Optional;

/**
 * Where {@link ExplainedAnswers} keeps the texts "Why?" explains, so that every replica can explain them: each text once,
 * under its digest, however many answers give it (their signed ids carry the digest).
 */
public interface AnswerStore {

  /** Keeps an answer's text under its digest (SHA-256, hexadecimal), noting that it was given at {@code given}. */
  void keep(String digest, String text, Instant given);

  /** Returns the text kept under this digest. */
  Optional<String> text(String digest);

  /**
   * Returns the whole JSON of an answer kept under its id by a Signpost from before ids were signed, if it was given at
   * or after {@code notBefore}.
   */
  Optional<String> kept(String answerId, Instant notBefore);

  /**
   * Forgets, after the texts kept so far, the texts not given since {@code before} and all but the {@code kept} given
   * last, and the answers kept under their id before {@code before}.
   */
  void purge(Instant before, int kept);

  /** Returns how many texts (and answers kept under their id) are kept. */
  int count();
}
