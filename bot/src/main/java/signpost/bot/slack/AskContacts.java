package signpost.bot.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.bolt.context.Context;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.model.block.LayoutBlock;
import java.util.List;
import java.util.Optional;
import signpost.bot.core.Answer;
import signpost.bot.edi.Handoff;
import signpost.bot.edi.Handoffs;
import signpost.bot.email.EmailContacts;
import signpost.rules.decision.Intent;

/**
 * "Ask an EDI Contact" in Slack. The asker presses the offer (under a refusal, after a 👎, or when they ask for a person)
 * and sees exactly what will be sent; only a second press (consent) posts the question to the organisation's EDI
 * Contacts' channel, keeping a hand-off with the asker as a pseudonym. Under a support reply, the person who wrote the
 * report of harm, and only they, may pass it on the same way, with a consent that says the contacts will read their
 * words and where urgent help is; it is never offered to be saved as an answer. The contacts' side, "Reply" and "Save
 * as an answer" in their channel, is {@link ContactsModals}. An organisation without a Slack channel but with an e-mail
 * address gets the same offers and consents; the question or report is then e-mailed (see {@link EmailContacts}) and
 * replied to on the admin page.
 */
final class AskContacts {

  static final String SENT = "Sent to the EDI Contacts. Their reply will come here.";
  static final String EMAILED = "Sent to the EDI Contacts by e-mail. Their reply will come here.";

  private final Answering answering;

  AskContacts(Answering answering) {
    this.answering = answering;
  }

  /**
   * Returns the offer under a reply where the contacts can be asked (in their channel, else by e-mail): to pass the
   * question on, under a refusal; to pass on what the person told, as they wrote it, under a support reply; else
   * nothing.
   *
   * @param user the Slack user who wrote the message, the only one who may pass on a report of harm
   */
  List<LayoutBlock> offer(Answer answer, Place place, String user) {
    if (answer.question() == null || !answering.passesOn(answer.organisation())) return List.of();
    if (answer.intent() == Intent.SUPPORT) {
      if (user == null) return List.of();
      return HandoffBlocks.Told.fitted(place.key(), user, answer.question()).map(HandoffBlocks::supportOffer)
          .orElse(List.of());
    }
    if (answer.answered() || user == null) return List.of();
    return HandoffBlocks.offer(new HandoffBlocks.Asked(place.key(), user, answer.question()));
  }

  /**
   * Returns the offer after a first 👎 on an answer in a thread or direct message, for its question as the EDI team's
   * log keeps it (redacted); nothing for the private {@code /edi} reply, which has no thread, or when the organisation
   * has neither a contacts channel nor an e-mail address.
   */
  List<LayoutBlock> offer(BlockActionPayload payload, String question) {
    if (!answering.passesOn(answering.organisation(team(payload)))) return List.of();
    return pressedAt(payload)
        .map(place -> HandoffBlocks.offerOf(new HandoffBlocks.Asked(place.key(), payload.getUser().getId(), question)))
        .orElse(List.of());
  }

  /**
   * Returns the reply to someone asking for a person in a thread or direct message: the offer of the question they
   * last asked there, or, when they have asked none yet, a request to type the question they want passed on.
   *
   * @param user their Slack user id, the only one who may press the offer
   * @param owner their pseudonymous owner id
   */
  List<LayoutBlock> requested(Place place, String user, String owner) {
    List<LayoutBlock> offer = answering.lastAsked(place.key(), owner)
        .map(question -> HandoffBlocks.offerOf(new HandoffBlocks.Asked(place.key(), user, question))).orElse(List.of());
    return offer.isEmpty() ? List.of(SlackBlocks.section(Handoffs.TYPE_IT)) : offer;
  }

  Response offered(BlockActionRequest request, ActionContext context) {
    String value = value(request);
    Optional<HandoffBlocks.Asked> asked = asked(request.getPayload(), value);
    asked.ifPresent(a -> answering.later(() -> Boundary.deliver("a hand-off consent", null,
        () -> respond(context, "Pass your question to the EDI Contacts?", HandoffBlocks.consent(a, value), false), null)));
    return context.ack();
  }

  Response consented(BlockActionRequest request, ActionContext context) {
    Optional<HandoffBlocks.Asked> asked = asked(request.getPayload(), value(request));
    asked.ifPresent(a -> passOn(request.getPayload(), context, Handoff.Kind.QUESTION, a.conversation(), a.question()));
    return context.ack();
  }

  Response supportOffered(BlockActionRequest request, ActionContext context) {
    String value = value(request);
    boolean byEmail = answering.contactsChannel(answering.organisation(team(request.getPayload()))) == null;
    told(request.getPayload(), value).ifPresent(told -> answering.later(() -> Boundary.deliver("a consent to pass a "
        + "report on", null, () -> respond(context, "Pass your message on to the EDI Contacts?",
        HandoffBlocks.supportConsent(told, value, byEmail), false), null)));
    return context.ack();
  }

  Response supportConsented(BlockActionRequest request, ActionContext context) {
    told(request.getPayload(), value(request)).ifPresent(told -> passOn(request.getPayload(), context,
        Handoff.Kind.DISCLOSURE, told.conversation(), told.message()));
    return context.ack();
  }

  /**
   * Keeps the hand-off the asker consented to and posts it to the organisation's contacts channel, or, without one,
   * e-mails it to their address; nothing when the organisation has neither.
   */
  private void passOn(BlockActionPayload payload, ActionContext context, Handoff.Kind kind, String conversation,
                      String text) {
    String team = team(payload);
    String organisation = answering.organisation(team);
    String channel = answering.contactsChannel(organisation);
    if (channel == null && answering.contactsEmail(organisation) == null) return;
    String asker = answering.owner(team, payload.getUser().getId());
    if (channel == null) {
      emailed(context, answering.handoffs().draft(kind, organisation, asker, conversation, text));
      return;
    }
    Handoff handoff = answering.handoffs().open(kind, organisation, asker, conversation, text);
    answering.later(() -> Boundary.deliver("a hand-off to the EDI Contacts", null, () -> {
      String notice = (handoff.saveable() ? "A question" : "A report") + " passed on to the EDI Contacts";
      post(context, channel, null, notice, HandoffBlocks.forContacts(handoff));
      respond(context, SENT, null, true);
    }, () -> respond(context, Boundary.SORRY, null, true)));
  }

  /**
   * Keeps the hand-off with its e-mail pending and e-mails it to the organisation's EDI Contacts, off Slack's request
   * thread, and tells the asker once it has gone, or plainly that it could not go (it is then withdrawn).
   */
  private void emailed(ActionContext context, Handoff handoff) {
    answering.email().pass(handoff).thenAccept(sent ->
        answering.later(() -> Boundary.deliver("a hand-off by e-mail's outcome", null,
            () -> respond(context, sent ? EMAILED : Handoffs.notSent(handoff), null, true), null)));
  }

  /**
   * Returns what the asker's button carries, when Slack signed its press for the person who asked, in the workspace and
   * channel of its conversation: in a channel thread the others see the buttons but cannot pass the question on.
   */
  private static Optional<HandoffBlocks.Asked> asked(BlockActionPayload payload, String value) {
    return HandoffBlocks.Asked.parse(value).filter(asked -> signedFor(payload, asked.conversation())
        && asked.user().equals(payload.getUser().getId()));
  }

  /**
   * Returns what a button under a support reply carries, when Slack signed its press for the person who wrote the
   * message, in the workspace and channel of its conversation.
   */
  private static Optional<HandoffBlocks.Told> told(BlockActionPayload payload, String value) {
    return HandoffBlocks.Told.parse(value).filter(told -> signedFor(payload, told.conversation())
        && told.user().equals(payload.getUser().getId()));
  }

  /** Returns true when a person pressed the button in the workspace and channel (and thread) of the conversation. */
  private static boolean signedFor(BlockActionPayload payload, String conversation) {
    String channel = payload.getChannel() != null ? payload.getChannel().getId()
        : payload.getContainer() == null ? null : payload.getContainer().getChannelId();
    String thread = payload.getContainer() == null ? null : payload.getContainer().getThreadTs();
    return payload.getUser() != null && Place.of(conversation, team(payload), channel, thread).isPresent();
  }

  /** Returns the thread or direct message of the message a button was pressed on; empty for a private (ephemeral) one. */
  private static Optional<Place> pressedAt(BlockActionPayload payload) {
    BlockActionPayload.Container container = payload.getContainer();
    String team = team(payload);
    if (container == null || container.isEphemeral() || payload.getChannel() == null || team == null) {
      return Optional.empty();
    }
    String channel = payload.getChannel().getId();
    String thread = container.getThreadTs();
    // Direct message ids start with D; elsewhere Signpost answers only in threads.
    if (channel.startsWith("D")) return Optional.of(Place.direct(team, channel, thread));
    return thread == null ? Optional.empty() : Optional.of(Place.thread(team, channel, thread));
  }

  /** Returns the value of the button pressed. */
  static String value(BlockActionRequest request) {
    return request.getPayload().getActions().get(0).getValue();
  }

  /** Returns the workspace an action was taken in: the payload's team, else the user's (null when neither says). */
  static String team(BlockActionPayload payload) {
    if (payload.getTeam() != null) return payload.getTeam().getId();
    return payload.getUser() == null ? null : payload.getUser().getTeamId();
  }

  /** Posts a message in a channel (in a thread, when {@code thread} is not null) as the bot. */
  static void post(Context context, String channel, String thread, String text, List<LayoutBlock> blocks)
      throws Exception {
    ChatPostMessageResponse response = context.client().chatPostMessage(m -> m.token(context.getBotToken()).channel(channel)
        .threadTs(thread).text(text).blocks(blocks));
    if (!response.isOk()) throw new SlackException("chat.postMessage failed: " + response.getError());
  }

  /** Answers a press privately, through its response URL, replacing the pressed message or not. */
  static void respond(ActionContext context, String text, List<LayoutBlock> blocks, boolean replace)
      throws Exception {
    ActionResponse response = ActionResponse.builder().responseType("ephemeral").replaceOriginal(replace).text(text)
        .blocks(blocks).build();
    int code = context.respond(response).getCode();
    if (code != 200) throw new SlackException("response_url answered HTTP " + code);
  }
}
