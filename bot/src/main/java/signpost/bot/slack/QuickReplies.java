package signpost.bot.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import java.util.List;
import java.util.Optional;
import signpost.bot.core.AnswerIds;

/**
 * A screening's quick-reply buttons: a press is handled as if the person who pressed it had typed the reply, in the
 * conversation the button names and the same thread. Who pressed is the action's user as Slack signs it, never
 * anything in the button; a button whose conversation is not in the workspace and channel it was pressed in does
 * nothing. The record's download button is a link Slack opens itself: its press needs only an acknowledgement.
 */
final class QuickReplies {

  private final Conversations conversations;

  QuickReplies(Conversations conversations) {
    this.conversations = conversations;
  }

  Response chosen(BlockActionRequest request, ActionContext context) {
    BlockActionPayload payload = request.getPayload();
    Optional<QuickReply> reply = QuickReply.parse(payload.getActions().get(0).getValue());
    String channel = payload.getChannel() != null ? payload.getChannel().getId()
        : payload.getContainer() == null ? null : payload.getContainer().getChannelId();
    String thread = payload.getContainer() == null ? null : payload.getContainer().getThreadTs();
    Optional<Place> place = reply.flatMap(r -> Place.of(r.conversation(), team(payload), channel, thread));
    if (place.isEmpty() || payload.getUser() == null) return context.ack();
    String user = payload.getUser().getId();
    boolean accepted = conversations.converse(AnswerIds.next("slack"), place.get(), user, reply.get().text(),
        List.of(ScreeningBlocks.chosen(user, reply.get().text())), context);
    if (!accepted) throw new Conversations.Busy();
    return context.ack();
  }

  Response downloaded(BlockActionRequest request, ActionContext context) {
    return context.ack();
  }

  private static String team(BlockActionPayload payload) {
    if (payload.getTeam() != null) return payload.getTeam().getId();
    return payload.getUser() == null ? null : payload.getUser().getTeamId();
  }
}
