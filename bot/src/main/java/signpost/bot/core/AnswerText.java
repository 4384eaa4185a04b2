package signpost.bot.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import signpost.rules.decision.EqiaVerdict;

/**
 * Splits an answer's text for channels that show the opening verdict with its reasons, and the paragraph listing
 * the contacts, on their own (Slack's blocks, Teams' cards).
 *
 * @param body what is left, in plain text
 * @param contactsLead how the text introduced the contacts, e.g. "Who can help"
 */
public record AnswerText(String body, String contactsLead) {

  public static final String DEFAULT_LEAD = "Who can help";

  /** Returns the answer's text split; anything that does not match exactly stays in the body. */
  public static AnswerText of(Answer answer) {
    List<String> paragraphs = new ArrayList<>(Arrays.asList(answer.text().split("\n\n")));
    EqiaVerdict eqia = answer.eqia();
    if (eqia != null && !paragraphs.isEmpty() && paragraphs.get(0).equals("EqIA: " + eqia.verdict().label() + ".")) {
      paragraphs.remove(0);
      if (!paragraphs.isEmpty() && paragraphs.get(0).equals(list("Why", eqia.reasons()))) paragraphs.remove(0);
    }
    String lead = DEFAULT_LEAD;
    if (!answer.contacts().isEmpty()) {
      String cards = cardLines(answer.contacts());
      for (int i = 0; i < paragraphs.size(); i++) {
        String paragraph = paragraphs.get(i);
        int colon = paragraph.indexOf(":\n");
        if (colon > 0 && paragraph.substring(colon + 2).equals(cards)) {
          lead = paragraph.substring(0, colon);
          paragraphs.remove(i);
          break;
        }
      }
    }
    return new AnswerText(String.join("\n\n", paragraphs), lead);
  }

  /** Returns one line a contact, as the answer text writes them: "- Name (role): how". */
  public static String cardLines(List<ContactCard> cards) {
    List<String> lines = new ArrayList<>();
    for (ContactCard card : cards) {
      lines.add("- " + card.name() + (card.role() == null ? "" : " (" + card.role() + ")")
          + (card.how() == null ? "" : ": " + card.how()));
    }
    return String.join("\n", lines);
  }

  private static String list(String lead, List<String> items) {
    return lead + ":\n- " + String.join("\n- ", items);
  }
}
