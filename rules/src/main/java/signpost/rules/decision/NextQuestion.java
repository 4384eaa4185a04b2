package signpost.rules.decision;

import java.util.List;
import signpost.rules.screening.Slot;

/**
 * The question a guided screening asks next.
 *
 * @param slot the part of the record the answer fills
 * @param text the question
 * @param replies quick replies a channel may offer as buttons; free text always works
 * @param rule the row of the question table that asks it
 */
public record NextQuestion(Slot slot, String text, List<String> replies, String rule) {

  public NextQuestion {
    replies = List.copyOf(replies);
  }
}
