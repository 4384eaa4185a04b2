package signpost.bot.core;

import java.util.Objects;

/**
 * A person's rating of one answer: which question it was, never who asked.
 *
 * @param questionId the answer's question id
 * @param helpful true for 👍, false for 👎
 * @param channel where it was given, e.g. {@code web} or {@code slack}
 */
public record Feedback(String questionId, boolean helpful, String channel) {

  public Feedback {
    Objects.requireNonNull(questionId, "questionId");
    Objects.requireNonNull(channel, "channel");
    if (questionId.isBlank() || questionId.length() > 200) throw new IllegalArgumentException("bad question id: " + questionId);
  }
}
