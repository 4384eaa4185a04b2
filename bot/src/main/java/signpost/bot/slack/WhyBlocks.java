package signpost.bot.slack;

import com.slack.api.model.block.LayoutBlock;
import java.util.ArrayList;
import java.util.List;
import signpost.bot.core.Answer;
import signpost.bot.core.Paragraph;
import signpost.rules.decision.EqiaVerdict;

/** The private reply to "Why?": which rules decided an answer, and the verdict's reasons and open questions. */
final class WhyBlocks {

  static final String EXPIRED = "I no longer have that answer: I keep only recent ones. Ask again and press *Why?* on the new answer.";

  private WhyBlocks() {}

  /** Returns why the answer is as it is. */
  static List<LayoutBlock> of(Answer answer) {
    List<LayoutBlock> blocks = new ArrayList<>();
    blocks.add(SlackBlocks.section("*Why this answer*\nKind of question: " + answer.intent().wireName()
        + (answer.answered() ? "" : " (nothing reliable was found, so Signpost says who to ask instead)")));
    blocks.add(SlackBlocks.section(answer.rules().isEmpty()
        ? "No rule fired: the answer rests on the passages it quotes."
        : "*Rules that decided it:*" + SlackBlocks.bullets(answer.rules())));
    EqiaVerdict eqia = answer.eqia();
    if (eqia != null) {
      blocks.add(SlackBlocks.section("*EqIA " + eqia.verdict().label() + ", because:*" + SlackBlocks.bullets(eqia.reasons())));
      if (!eqia.openQuestions().isEmpty()) {
        blocks.add(SlackBlocks.section("*What would settle it:*" + SlackBlocks.bullets(eqia.openQuestions())));
      }
      if (!eqia.caveats().isEmpty()) blocks.add(SlackBlocks.section("*Important:*" + SlackBlocks.bullets(eqia.caveats())));
    }
    for (Paragraph paragraph : answer.more()) blocks.add(SlackBlocks.section(Mrkdwn.fit(Mrkdwn.of(paragraph.text()), 2900)));
    return blocks;
  }

  /** Returns the reply when the answer is no longer kept. */
  static List<LayoutBlock> expired() {
    return List.of(SlackBlocks.section(EXPIRED));
  }
}
