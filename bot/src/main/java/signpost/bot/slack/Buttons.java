package signpost.bot.slack;

import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.block.LayoutBlock;
import java.util.List;
import java.util.stream.Stream;
import signpost.bot.server.Assistant;

/**
 * The answer's buttons: 👍 and 👎 record a rating by question id (never who pressed), and "Why?" shows the
 * rules and reasons behind the answer. Both reply privately through {@code response_url}, leaving the answer
 * as it was; the first 👎 on an answer in a thread or direct message also offers to pass its question on to the EDI
 * Contacts (see {@link AskContacts}).
 */
final class Buttons {

  static final String THANKS = "Thank you: your rating is recorded, without your name.";
  static final String TOO_OLD = "Sorry: that answer is too old to rate now. Please ask again and rate the new answer.";

  private final Answering answering;
  private final AskContacts contacts;

  Buttons(Answering answering, AskContacts contacts) {
    this.answering = answering;
    this.contacts = contacts;
  }

  Response helpful(BlockActionRequest request, ActionContext context) {
    return rate(request, context, true);
  }

  Response notHelpful(BlockActionRequest request, ActionContext context) {
    return rate(request, context, false);
  }

  Response why(BlockActionRequest request, ActionContext context) {
    List<LayoutBlock> blocks = answering.recent(questionId(request)).map(WhyBlocks::of).orElseGet(WhyBlocks::expired);
    answering.later(() -> Boundary.deliver("a Why? reply", null, () -> respond(context, "Why this answer", blocks), null));
    return context.ack();
  }

  private Response rate(BlockActionRequest request, ActionContext context, boolean helpful) {
    Assistant.Rated rated;
    try {
      rated = answering.rate(questionId(request), helpful, AskContacts.team(request.getPayload()), request.getPayload().getUser().getId());
    } catch (IllegalArgumentException | NullPointerException e) {
      return context.ack();
    }
    String reply = rated.recorded() ? THANKS : TOO_OLD;
    List<LayoutBlock> offer = rated.disliked().map(question -> contacts.offer(request.getPayload(), question))
        .orElse(List.of());
    List<LayoutBlock> blocks = offer.isEmpty() ? null
        : Stream.concat(Stream.of(SlackBlocks.section(reply)), offer.stream()).toList();
    answering.later(() -> Boundary.deliver("a feedback reply", null, () -> respond(context, reply, blocks), null));
    return context.ack();
  }

  private static String questionId(BlockActionRequest request) {
    return request.getPayload().getActions().get(0).getValue();
  }

  private static void respond(ActionContext context, String text, List<LayoutBlock> blocks) throws Exception {
    ActionResponse response = ActionResponse.builder().responseType("ephemeral").replaceOriginal(false)
        .text(text).blocks(blocks).build();
    int code = context.respond(response).getCode();
    if (code != 200) throw new SlackException("response_url answered HTTP " + code);
  }
}
