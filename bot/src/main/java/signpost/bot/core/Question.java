package signpost.bot.core;

/**
 * A question as asked.
 *
 * @param id the caller's id for it (an evaluation id, a Slack event id), or null
 * @param text the question
 * @param organisation the id of the asker's organisation, or null when unknown
 */
public record Question(String id, String text, String organisation) {

  /** The longest question Signpost accepts, in characters. */
  public static final int MAX_LENGTH = 2_000;

  public Question {
    if (text == null || text.isBlank()) throw new IllegalArgumentException("question must not be empty");
    // Measured after trimming: spaces around a question neither count against it nor hide its length.
    text = text.strip();
    if (text.length() > MAX_LENGTH) {
      throw new IllegalArgumentException("question is " + text.length() + " characters; the limit is " + MAX_LENGTH);
    }
    if (organisation != null && organisation.isBlank()) organisation = null;
  }
}
