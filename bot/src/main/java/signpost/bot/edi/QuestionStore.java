package signpost.bot.edi;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Where {@link QuestionLog} keeps questions staff could not find answered and how often documents are cited, so every
 * replica sees the same log. Organisations are ids, {@code ""} for none; texts come already redacted; a person is
 * who asked within the channel, kept only as a keyed hash of channel and person.
 */
public interface QuestionStore {

  /** A question in the log and when it was asked. */
  record Logged(String text, Instant asked) {}

  /** Logs a question. */
  void log(String organisation, String text, Unanswered reason, String channel, String person, Instant asked);

  /** Returns the questions logged for the organisation asked at or after {@code since} and before {@code until}, oldest first. */
  List<Logged> logged(String organisation, Instant since, Instant until);

  /**
   * Keeps the question of an answer given, under its id, so a 👎 can log it; forgets those asked before
   * {@code forgetBefore}. For answers whose ids are not signed (the web chat's).
   */
  void answered(String answerId, String organisation, String text, String channel, String person, Instant asked,
                Instant forgetBefore);

  /**
   * Logs the question of an answer given at or after {@code notBefore} as {@link Unanswered#DISLIKED} and forgets it
   * as answered, once: a second 👎 on the same answer logs nothing. Returns the (redacted) text logged, or empty when
   * nothing was.
   */
  Optional<String> disliked(String answerId, Instant notBefore);

  /**
   * Keeps a question Slack or Teams answered under its key (see SignedAnswerIds#questionKey), once however often it is
   * asked, so that a 👎 on any answer to it can log it; forgets those last asked before {@code forgetBefore}. The text
   * is asked for only when it is to be written.
   */
  void asked(String questionKey, String organisation, Supplier<String> text, Instant asked, Instant forgetBefore);

  /**
   * Logs the question kept under {@code questionKey} as {@link Unanswered#DISLIKED}, asked at {@code asked} by
   * {@code person}, once for each answer id: a second 👎 on the same answer logs nothing. Returns the (redacted) text
   * logged, or empty when nothing was (the question is no longer kept, or the answer was rated 👎 already).
   */
  Optional<String> disliked(String questionKey, String answerId, String channel, String person, Instant asked);

  /** Counts one citation of each document, as of {@code time}. */
  void cited(String organisation, Collection<String> documents, Instant time);

  /** Returns when each document was last cited in the organisation's answers. */
  Map<String, Instant> lastCited(String organisation);
}
