package signpost.bot.slack;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.Context;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MessageEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import signpost.bot.conversation.Inbound;
import signpost.bot.conversation.Reply;
import signpost.bot.core.Answer;
import signpost.bot.core.Question;
import signpost.bot.privacy.MyData;

/**
 * Mentions ({@code app_mention}) answered in the thread they came from, and direct messages
 * ({@code message.im}) answered in the conversation, each message going through the conversation of its place
 * (see {@link Place}): a reply to Signpost's question fills the person's screening; a refusal, or asking for a person
 * ("can I speak to a human?"), offers to pass the question on to the EDI Contacts, and a support reply to pass on what
 * the person told, if they choose to (see {@link AskContacts}).
 * Acknowledges at once and posts with {@code chat.postMessage} when the reply is ready. Messages from bots, Signpost included, get no answer.
 */
final class Conversations {

  /** Said when a person asks about their data where others would see the reply. */
  static final String MY_DATA_IN_PRIVATE = "What Signpost keeps about you is shown only to you: send \"my data\" to "
      + "Signpost in a direct message, or type /edi my data.";

  private final Answering answering;
  private final AskContacts contacts;
  private final MyDataReplies myData;

  Conversations(Answering answering, AskContacts contacts) {
    this.answering = answering;
    this.contacts = contacts;
    this.myData = new MyDataReplies(answering);
  }

  Response mention(EventsApiPayload<AppMentionEvent> payload, EventContext context) {
    AppMentionEvent event = payload.getEvent();
    if (event.getBotId() != null || event.getSubtype() != null) return context.ack();
    String thread = event.getThreadTs() != null ? event.getThreadTs() : event.getTs();
    Place place = Place.thread(payload.getTeamId(), event.getChannel(), thread);
    return acknowledged(converse("slack-" + payload.getEventId(), place, event.getUser(), event.getText(), List.of(), context), context);
  }

  Response direct(EventsApiPayload<MessageEvent> payload, EventContext context) {
    MessageEvent event = payload.getEvent();
    if (!"im".equals(event.getChannelType()) || event.getBotId() != null) return context.ack();
    Place place = Place.direct(payload.getTeamId(), event.getChannel(), event.getThreadTs());
    return acknowledged(converse("slack-" + payload.getEventId(), place, event.getUser(), event.getText(), List.of(), context), context);
  }

  /**
   * Returns Slack's acknowledgement when the event will be answered; when Signpost is too busy to take it, throws
   * {@link Busy}, which {@link Boundary} answers with 503 so Slack delivers the event again later (with the same event
   * id, which {@link OnceOnly} then lets through).
   */
  private static Response acknowledged(boolean accepted, EventContext context) {
    if (!accepted) throw new Busy();
    return context.ack();
  }

  /** Thrown when a Slack event or action cannot be taken now; answered with 503. */
  static final class Busy extends RuntimeException {
    Busy() {
      super("Slack: an event was refused as busy", null, false, false);
    }
  }

  /**
   * Starts the reply to what a person said at a place, in their conversation there, and posts it when ready.
   *
   * @param id the question's id, e.g. {@code slack-<event id>}
   * @param user the Slack user who said it, known to the conversation only by a pseudonymous owner id
   * @param lead blocks shown above the reply
   * @return false when Signpost is too busy to take it
   */
  boolean converse(String id, Place place, String user, String text, List<LayoutBlock> lead, Context context) {
    String organisation = answering.organisation(place.team());
    String asked = SlackText.question(text);
    Boundary.Call apologise = () -> post(context, place, Boundary.SORRY, null);
    if (SlackText.asksForHelp(asked)) {
      List<LayoutBlock> help = HelpBlocks.help(answering.organisationName(organisation));
      return answering.later(() -> Boundary.deliver("a help reply", null, () -> post(context, place, "What Signpost can do", help), null));
    }
    Optional<MyData.Request> mine = MyData.request(asked);
    if (mine.isPresent()) {
      // Listed, confirmed and deleted only in a direct message: a channel's thread is seen by others.
      return answering.later(() -> Boundary.deliver("a my-data reply", null, () -> {
        MyDataReplies.Said said = place.direct() ? myData.said(mine.get(), place.team(), user) : new MyDataReplies.Said(MY_DATA_IN_PRIVATE, null);
        post(context, place, said.text(), said.blocks());
      }, apologise));
    }
    if (answering.asksForPerson(asked)) return requested(place, user, organisation, asked, context);
    Question question;
    try {
      question = new Question(id, asked, organisation);
    } catch (IllegalArgumentException e) {
      return answering.later(() -> Boundary.deliver("a refusal", null,
          () -> post(context, place, "Sorry: " + e.getMessage() + ".", null), null));
    }
    Inbound message = new Inbound(place.key(), answering.owner(place.team(), user), id, question.text(), organisation);
    return answering.submit(message).map(pending -> pending.whenComplete((reply, failure) -> Boundary.deliver("a reply", failure,
        () -> post(context, place, SlackBlocks.fallback(reply.answer()), blocks(reply, place, user, lead, context)),
        apologise))).isPresent();
  }

  /**
   * Answers someone asking for a person: the offer of their last question where the organisation's EDI Contacts can be
   * asked (their channel, else their e-mail address), else who to ask, as a refusal names them.
   */
  private boolean requested(Place place, String user, String organisation, String asked, Context context) {
    Boundary.Call apologise = () -> post(context, place, Boundary.SORRY, null);
    if (!answering.passesOn(organisation)) {
      return answering.later(() -> Boundary.deliver("who to ask", null, () -> {
        Answer referral = answering.referral(new Question(null, asked, organisation));
        post(context, place, SlackBlocks.fallback(referral), SlackBlocks.answer(referral));
      }, apologise));
    }
    return answering.later(() -> Boundary.deliver("an offer to pass a question on", null,
        () -> post(context, place, "Ask an EDI Contact", contacts.requested(place, user, answering.owner(place.team(), user))),
        apologise));
  }

  private List<LayoutBlock> blocks(Reply reply, Place place, String user, List<LayoutBlock> lead, Context context) {
    List<LayoutBlock> steps = new ArrayList<>(ScreeningBlocks.of(reply, place, answering.links(), context.getBotUserId()));
    steps.addAll(contacts.offer(reply.answer(), place, user));
    return SlackBlocks.answer(reply.answer(), lead, steps);
  }

  private static void post(Context context, Place place, String text, List<LayoutBlock> blocks) throws Exception {
    ChatPostMessageResponse response = context.client().chatPostMessage(message -> message
        .token(context.getBotToken()).channel(place.channel()).threadTs(place.thread()).text(text).blocks(blocks));
    if (!response.isOk()) throw new SlackException("chat.postMessage failed: " + response.getError());
  }
}
