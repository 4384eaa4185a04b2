package signpost.bot.core;

import java.util.Optional;

/**
 * Answers people wrote for questions, which the pipeline gives before composing one from the documents (see
 * {@code signpost.bot.edi.CuratedAnswers}). Each state of them is a {@link Snapshot}: a new one after every change,
 * so an answer kept in the answer cache is never given from an older one.
 */
@FunctionalInterface
public interface WrittenAnswers {

  /** Answers nothing: the pipeline composes every answer from the documents. */
  WrittenAnswers NONE = () -> question -> Optional.empty();

  /** Returns the answers as they stand now. */
  Snapshot current();

  /** The written answers at one moment; compared by identity. */
  @FunctionalInterface
  interface Snapshot {

    /** Returns the written answer to the question, if one answers it for the asker's organisation. */
    Optional<Written> match(Question question);
  }

  /**
   * A written answer that answers a question.
   *
   * @param text the answer as written
   * @param citation what it is cited as, e.g. "Answered by the EDI Contacts, 3 December 2026"
   * @param coverage the share of the question's meaning it holds, 0 to 1
   */
  record Written(String text, Citation citation, double coverage) {}
}
