package signpost.bot.slack;

import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.app_backend.slash_commands.response.SlashCommandResponse;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.PlainTextObject;
import com.slack.api.model.block.element.ButtonElement;
import java.util.List;
import signpost.bot.privacy.MyData;
import signpost.bot.store.PersonalData;

/**
 * "my data" and "delete my data", answered privately (by {@code /edi}, or in a direct message with Signpost): the list
 * of what is kept about the person who asked, and a confirmation button that deletes it. Whose data is always the signed request's user, never anything in the
 * button, so a button forwarded or pressed by someone else deletes only the presser's own.
 */
final class MyDataReplies {

  static final String DELETE = "delete_my_data";

  private final Answering answering;

  MyDataReplies(Answering answering) {
    this.answering = answering;
  }

  /** What to tell the person: the text, and the blocks (a confirmation button) when there are any. */
  record Said(String text, List<LayoutBlock> blocks) {}

  /** Returns the private reply to a request about the person's data, for {@code /edi}. */
  SlashCommandResponse reply(MyData.Request request, String team, String user) {
    Said said = said(request, team, user);
    return ephemeral(said.text(), said.blocks());
  }

  /**
   * Returns what to say to a request about the person's data: what is kept, the confirmation asked before deleting
   * (with its button), or what was deleted. Only ever said where no one else sees it.
   */
  Said said(MyData.Request request, String team, String user) {
    PersonalData.Person person = answering.person(team, user);
    return switch (request) {
      case SHOW -> new Said(MyData.shown(answering.personalData().find(person)), null);
      case DELETE -> {
        PersonalData.Kept kept = answering.personalData().find(person);
        String text = MyData.confirm(kept);
        yield new Said(text, kept.isEmpty() ? null : List.of(SlackBlocks.section(Mrkdwn.fit(Mrkdwn.escape(text),
            SlackBlocks.SECTION_LIMIT)), confirmButton()));
      }
      case CONFIRM -> new Said(MyData.deleted(answering.personalData().delete(person)), null);
    };
  }

  /** Deletes the presser's data and tells them what was deleted, privately. */
  Response confirmed(BlockActionRequest request, ActionContext context) {
    var payload = request.getPayload();
    if (payload.getUser() == null) return context.ack();
    String team = payload.getTeam() != null ? payload.getTeam().getId() : payload.getUser().getTeamId();
    PersonalData.Person person = answering.person(team, payload.getUser().getId());
    answering.later(() -> Boundary.deliver("a my-data deletion", null, () -> {
      String text = MyData.deleted(answering.personalData().delete(person));
      ActionResponse response = ActionResponse.builder().responseType("ephemeral").replaceOriginal(true).text(text).build();
      int code = context.respond(response).getCode();
      if (code != 200) throw new SlackException("response_url answered HTTP " + code);
    }, null));
    return context.ack();
  }

  private static ActionsBlock confirmButton() {
    return ActionsBlock.builder().elements(List.of(ButtonElement.builder()
        .text(PlainTextObject.builder().text(MyData.CONFIRMATION).build()).actionId(DELETE).value("confirm").style("danger")
        .build())).build();
  }

  private static SlashCommandResponse ephemeral(String text, List<LayoutBlock> blocks) {
    return SlashCommandResponse.builder().responseType("ephemeral").text(text).blocks(blocks).build();
  }
}
