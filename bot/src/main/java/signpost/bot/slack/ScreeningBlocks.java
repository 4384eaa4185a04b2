package signpost.bot.slack;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.PlainTextObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.ButtonElement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import signpost.bot.conversation.Reply;
import signpost.bot.screening.RecordLinks;
import signpost.bot.screening.Screening;
import signpost.bot.screening.Status;
import signpost.rules.decision.NextQuestion;

/**
 * What a screening step adds to an answer in Slack: its quick replies as buttons under the question, and a
 * "Download record (PDF)" link button (or, with no public address, how to get the record). In a channel thread it
 * also says how to answer in words: Signpost hears only messages that mention it there.
 */
final class ScreeningBlocks {

  static final String REPLIES_BLOCK = "signpost_replies";
  static final String RECORD_BLOCK = "signpost_record";
  /** Quick-reply buttons are {@code signpost_reply_0}, {@code signpost_reply_1}...: Slack wants them unique in a block. */
  static final Pattern REPLY = Pattern.compile("^signpost_reply_\\d+$");
  static final String DOWNLOAD = "signpost_download";
  static final String DOWNLOAD_LABEL = "Download record (PDF)";
  /** Slack's limit on a button's label. */
  private static final int LABEL_LIMIT = 75;

  private ScreeningBlocks() {}

  /**
   * Returns the blocks for a reply in a conversation at {@code place}: none when no screening is under way.
   *
   * @param botUser Signpost's own Slack user id, to say how to mention it, or null
   */
  static List<LayoutBlock> of(Reply reply, Place place, RecordLinks links, String botUser) {
    List<LayoutBlock> blocks = new ArrayList<>();
    NextQuestion next = reply.answer().next();
    if (next != null && !next.replies().isEmpty()) {
      List<BlockElement> buttons = new ArrayList<>();
      for (String text : next.replies()) {
        buttons.add(ButtonElement.builder().text(label(text)).actionId("signpost_reply_" + buttons.size())
            .value(new QuickReply(place.key(), text).value()).build());
      }
      blocks.add(ActionsBlock.builder().blockId(REPLIES_BLOCK).elements(buttons).build());
    }
    if (next != null && !place.direct()) {
      String signpost = botUser == null ? "@Signpost" : "<@" + botUser + ">";
      blocks.add(SlackBlocks.context(List.of("_Answer in this thread, starting with " + signpost
          + (next.replies().isEmpty() ? "._" : ", or pick a reply above._"))));
    }
    Screening screening = reply.screening();
    if (screening != null && screening.status() != Status.ABANDONED) {
      blocks.add(links.pdf(screening).<LayoutBlock>map(link -> ActionsBlock.builder().blockId(RECORD_BLOCK)
              .elements(List.of(ButtonElement.builder().text(label(DOWNLOAD_LABEL)).actionId(DOWNLOAD)
                  .url(link.toString()).build())).build())
          .orElseGet(() -> SlackBlocks.context(List.of(Mrkdwn.escape(RecordLinks.without(screening))))));
    }
    return blocks;
  }

  /** Returns the line shown above the reply to a button: who chose what, so the thread reads as it happened. */
  static LayoutBlock chosen(String user, String text) {
    return SlackBlocks.context(List.of("<@" + user + "> chose: *" + Mrkdwn.escape(text) + "*"));
  }

  private static PlainTextObject label(String text) {
    String shown = text.length() <= LABEL_LIMIT ? text : text.substring(0, LABEL_LIMIT - 1) + "…";
    return PlainTextObject.builder().text(shown).emoji(true).build();
  }
}
