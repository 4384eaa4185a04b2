package signpost.bot.teams;

import java.util.ArrayList;
import java.util.List;
import signpost.bot.conversation.Reply;
import signpost.bot.screening.RecordLinks;
import signpost.bot.screening.Screening;
import signpost.bot.screening.Status;
import signpost.bot.teams.CardElement.Buttons;
import signpost.bot.teams.CardElement.Text;
import signpost.rules.decision.NextQuestion;

/**
 * What a screening step adds to an answer card: its quick replies as {@code Action.Submit} buttons under the
 * question, and a "Download record (PDF)" link (or, with no public address, how to get the record).
 */
final class ScreeningSteps {

  static final String DOWNLOAD = "Download record (PDF)";

  private ScreeningSteps() {}

  /** Returns the elements for a reply: none when no screening is under way. */
  static List<CardElement> of(Reply reply, RecordLinks links) {
    List<CardElement> steps = new ArrayList<>();
    NextQuestion next = reply.answer().next();
    if (next != null && !next.replies().isEmpty()) {
      List<CardAction> replies = new ArrayList<>();
      for (String text : next.replies()) replies.add(new CardAction.Reply(text, text));
      steps.add(new Buttons("Reply, or type your own answer", replies));
    }
    Screening screening = reply.screening();
    if (screening != null && screening.status() != Status.ABANDONED) {
      steps.add(links.pdf(screening).<CardElement>map(link -> new Buttons("Record",
              List.of(new CardAction.OpenUrl(DOWNLOAD, link.toString()))))
          .orElseGet(() -> Text.subtle(RecordLinks.without(screening))));
    }
    return steps;
  }

  /** Returns the line shown above the reply to a quick reply: what was chosen, as Teams does not show it. */
  static CardElement chosen(String text) {
    return Text.subtle("Chosen: " + text);
  }
}
