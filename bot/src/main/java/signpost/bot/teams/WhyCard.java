package signpost.bot.teams;

import java.util.ArrayList;
import java.util.List;
import signpost.bot.core.Answer;
import signpost.bot.core.Paragraph;
import signpost.bot.teams.CardElement.Text;
import signpost.rules.decision.EqiaVerdict;

/** Says why an answer is as it is: the kind of question, the rules that decided it, the verdict's reasons and open questions, and the detail behind "More". */
final class WhyCard {

  static final String EXPIRED = "I no longer have that answer: I keep only recent ones. Ask again and press Why? on the new answer.";

  private WhyCard() {}

  /** Returns a card of its own with why the answer is so: the reply to a "Why?" submitted as a message. */
  static AdaptiveCard of(Answer answer) {
    return new AdaptiveCard(elements(answer), List.of());
  }

  /** Returns why the answer is so, as card elements. */
  static List<CardElement> elements(Answer answer) {
    List<CardElement> out = new ArrayList<>();
    out.add(Text.heading("Why this answer"));
    out.add(Text.of("Kind of question: " + answer.intent().wireName()
        + (answer.answered() ? "" : " (nothing reliable was found, so Signpost says who to ask instead)")));
    if (answer.rules().isEmpty()) {
      out.add(Text.of("No rule fired: the answer rests on the passages it quotes."));
    } else {
      out.add(Text.heading("Rules that decided it"));
      out.add(Text.of(AnswerCard.bullets(answer.rules())));
    }
    EqiaVerdict eqia = answer.eqia();
    if (eqia != null) {
      list(out, "EqIA " + eqia.verdict().label() + ", because", eqia.reasons());
      list(out, "What would settle it", eqia.openQuestions());
      list(out, "Important", eqia.caveats());
    }
    if (!answer.more().isEmpty()) out.add(Text.heading("More"));
    for (Paragraph paragraph : answer.more()) {
      for (String block : paragraph.text().split("\n\n")) if (!block.isBlank()) out.add(Text.of(block));
    }
    return out;
  }

  private static void list(List<CardElement> out, String heading, List<String> items) {
    if (items.isEmpty()) return;
    out.add(Text.heading(heading));
    out.add(Text.of(AnswerCard.bullets(items)));
  }
}
