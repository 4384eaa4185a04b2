package signpost.bot.slack;

import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.PlainTextObject;
import com.slack.api.model.view.View;
import java.util.ArrayList;
import java.util.List;
import signpost.bot.core.ExampleQuestions;

/** What Signpost can do, with example questions: the {@code /edi help} reply and the App Home tab. */
final class HelpBlocks {

  static final String HOW_TO_ASK = "Ask with `/edi <question>` (only you see the answer), mention @Signpost in a channel "
      + "(answered in the thread) or send Signpost a direct message. `/edi my data` shows what Signpost keeps about "
      + "you.";

  private HelpBlocks() {}

  /** Returns the reply to {@code /edi}, {@code /edi help} or an empty mention. */
  static List<LayoutBlock> help(String organisationName) {
    List<LayoutBlock> blocks = new ArrayList<>();
    blocks.add(SlackBlocks.section(about(organisationName)));
    blocks.add(SlackBlocks.section("*Try:*" + examples("/edi ")));
    blocks.add(SlackBlocks.context(List.of(HOW_TO_ASK)));
    return blocks;
  }

  /** Returns the App Home tab: what Signpost does, example questions and whom it answers for. */
  static View home(String organisationName) {
    List<LayoutBlock> blocks = new ArrayList<>();
    blocks.add(HeaderBlock.builder().text(PlainTextObject.builder().text("Signpost").build()).build());
    blocks.add(SlackBlocks.section(about(organisationName)));
    blocks.add(SlackBlocks.section("*Answering for:* " + (organisationName == null
        ? "no organisation is set for this workspace, so answers come from the built-in legal guide and shared documents."
        : Mrkdwn.escape(organisationName))));
    blocks.add(SlackBlocks.section("*Example questions:*" + examples("")));
    blocks.add(SlackBlocks.section("*How to ask:* " + HOW_TO_ASK));
    blocks.add(SlackBlocks.context(List.of("Signpost uses no language model: it quotes your organisation's documents and "
        + "cites them. 👍/👎 records which answer was rated, never who rated it.")));
    return View.builder().type("home").blocks(blocks).build();
  }

  private static String about(String organisationName) {
    return "*Signpost answers questions on equality, diversity and inclusion*"
        + (organisationName == null ? "" : " for " + Mrkdwn.escape(organisationName))
        + ": what the equality duty means for your team, whether a change needs an Equality Impact Assessment (EqIA), "
        + "your equality objectives and who to go to. Every answer quotes and cites the documents it rests on.";
  }

  private static String examples(String prefix) {
    StringBuilder out = new StringBuilder();
    for (String example : ExampleQuestions.ALL) out.append("\n• ").append(prefix.isEmpty() ? example : "`" + prefix + example + "`");
    return out.toString();
  }
}
