package signpost.bot.core;

import java.time.Instant;
import java.util.Optional;

/** Where {@link ExplainedAnswers} keeps the answers "Why?" explains, so that every replica can explain them. */
public interface AnswerStore {

  /** Keeps an answer given at {@code time} under its id, unless one is kept under that id already. */
  void keep(Answer answer, Instant time);

  /** Returns the answer kept under this id if it was given at or after {@code notBefore}. */
  Optional<Answer> find(String answerId, Instant notBefore);

  /** Forgets answers given before {@code before}, and all but the {@code kept} newest, after the answers kept so far. */
  void purge(Instant before, int kept);

  /** Returns how many answers are kept. */
  int count();
}
