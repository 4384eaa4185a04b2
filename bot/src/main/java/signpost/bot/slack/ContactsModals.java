package signpost.bot.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.response.views.ViewsOpenResponse;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import signpost.bot.edi.CuratedAnswer;
import signpost.bot.edi.Handoff;
import signpost.bot.edi.Handoffs;

/**
 * The EDI Contacts' side of "Ask an EDI Contact" in Slack (the asker's side, offers and consent, is
 * {@link AskContacts}). In the organisation's contacts' channel, "Reply" opens a modal; the reply goes to the asker's
 * own thread from the {@link Handoffs#ROLE} (with the contact's Slack name if they tick the box), one reply per
 * question, and "Save as an answer" opens a modal that saves it as a curated answer. Anyone in the contacts' channel may
 * reply and save: the channel is who the organisation made its EDI Contacts; a hand-off id pressed anywhere else does
 * nothing.
 */
final class ContactsModals {

  /** Said in the contacts' thread when a reply could not reach the asker; its claim is released, so Reply works again. */
  static final String NOT_DELIVERED = "The reply could not be delivered to the person just now, so it was not sent. "
      + "Press Reply to send it again.";

  /** Said in the reply modal when Signpost is too busy to deliver the reply; its claim is released. */
  static final String NOT_QUEUED = "Signpost is busy just now, so your reply was not sent. Please send it again in a minute.";

  private final Answering answering;

  ContactsModals(Answering answering) {
    this.answering = answering;
  }

  /** Opens the reply modal of the hand-off whose Reply was pressed in the contacts' channel. */
  Response replyPressed(BlockActionRequest request, ActionContext context) {
    return open(request, context, (handoff, pressed) -> HandoffBlocks.replyView(handoff, pressed));
  }

  /** Opens the "Save as an answer" modal, except for a report of harm, which is never saved. */
  Response savePressed(BlockActionRequest request, ActionContext context) {
    Optional<Handoff> handoff = answering.handoffs().find(AskContacts.value(request));
    if (handoff.isPresent() && !handoff.get().saveable()) {
      answering.later(() -> Boundary.deliver("a report not saved", null,
          () -> AskContacts.respond(context, Handoffs.NOT_SAVED, null, false), null));
      return context.ack();
    }
    return open(request, context, (found, pressed) -> HandoffBlocks.saveView(found, pressed, LocalDate.now().plusYears(1)));
  }

  /**
   * Claims the hand-off for the contact's reply (see {@link signpost.bot.edi.Handoffs#claim}) and delivers it to the
   * asker off the request thread; a reply that lost to another's is told so in the modal.
   */
  Response replySubmitted(ViewSubmissionRequest request, ViewSubmissionContext context) {
    ViewSubmissionPayload payload = request.getPayload();
    Optional<HandoffBlocks.Pressed> pressed = HandoffBlocks.Pressed.parse(payload.getView().getPrivateMetadata());
    Optional<Handoff> found = pressed.flatMap(p -> answering.handoffs().find(p.handoff()));
    if (found.isEmpty()) return context.ackWithErrors(Map.of(HandoffBlocks.ANSWER_INPUT, Handoffs.GONE));
    Optional<Handoff> claimed;
    try {
      claimed = answering.handoffs().claim(found.get().id(), text(payload.getView(), HandoffBlocks.ANSWER_INPUT),
          showsName(payload.getView()) ? payload.getUser().getName() : null);
    } catch (IllegalArgumentException e) {
      return context.ackWithErrors(Map.of(HandoffBlocks.ANSWER_INPUT, e.getMessage()));
    }
    // Another contact's reply claimed it first: said in the modal, which only this contact sees.
    if (claimed.isEmpty()) return context.ackWithErrors(Map.of(HandoffBlocks.ANSWER_INPUT, Handoffs.ALREADY));
    Handoff handoff = claimed.get();
    // The apology is for a reply not delivered (its claim released) only, never for a confirmation that failed to post.
    boolean queued = answering.later(() -> Boundary.deliver("a reply from the EDI Contacts", null, () -> {
      answering.deliver(handoff);
      Boundary.deliver("a reply's confirmation", null, () -> AskContacts.post(context, pressed.get().channel(),
          pressed.get().ts(), "Reply sent", HandoffBlocks.replied(handoff)), null);
    }, () -> AskContacts.post(context, pressed.get().channel(), pressed.get().ts(), NOT_DELIVERED,
        List.of(SlackBlocks.section(NOT_DELIVERED)))));
    if (queued) return context.ack();
    // Refused as busy: released now rather than left to wait out its lease, and said in the modal, still open.
    answering.handoffs().release(handoff);
    return context.ackWithErrors(Map.of(HandoffBlocks.ANSWER_INPUT, NOT_QUEUED));
  }

  /** Saves the reply, as edited in the modal, as a curated answer. */
  Response saveSubmitted(ViewSubmissionRequest request, ViewSubmissionContext context) {
    ViewSubmissionPayload payload = request.getPayload();
    Optional<HandoffBlocks.Pressed> pressed = HandoffBlocks.Pressed.parse(payload.getView().getPrivateMetadata());
    Optional<Handoff> found = pressed.flatMap(p -> answering.handoffs().find(p.handoff()));
    if (found.isEmpty()) return context.ackWithErrors(Map.of(HandoffBlocks.ANSWER_INPUT, Handoffs.GONE));
    if (!found.get().saveable()) return context.ackWithErrors(Map.of(HandoffBlocks.ANSWER_INPUT, Handoffs.NOT_SAVED));
    View view = payload.getView();
    LocalDate reviewBy;
    try {
      reviewBy = LocalDate.parse(value(view, HandoffBlocks.REVIEW_INPUT).getSelectedDate());
    } catch (DateTimeParseException | NullPointerException e) {
      return context.ackWithErrors(Map.of(HandoffBlocks.REVIEW_INPUT, "Choose a review-by date."));
    }
    String role = showsName(view) ? Handoffs.ROLE + " (" + payload.getUser().getName() + ")" : Handoffs.ROLE;
    CuratedAnswer saved;
    try {
      saved = answering.curated().save(found.get().organisation(), text(view, HandoffBlocks.QUESTION_INPUT),
          text(view, HandoffBlocks.ANSWER_INPUT), role, reviewBy);
    } catch (IllegalArgumentException e) {
      String block = e.getMessage().startsWith("review-by") ? HandoffBlocks.REVIEW_INPUT : HandoffBlocks.ANSWER_INPUT;
      return context.ackWithErrors(Map.of(block, e.getMessage()));
    }
    answering.handoffs().saved(found.get().id());
    String confirmation = "Saved as an answer: Signpost gives it from now on, cited as \"Answered by the "
        + Mrkdwn.escape(saved.authorRole()) + "\", until it is retired. Review it by " + saved.reviewBy() + ".";
    answering.later(() -> Boundary.deliver("a saved answer's confirmation", null, () -> AskContacts.post(context,
        pressed.get().channel(), pressed.get().ts(), "Saved as an answer", List.of(SlackBlocks.section(confirmation))),
        null));
    return context.ack();
  }

  /** Makes a modal of a hand-off. */
  @FunctionalInterface
  private interface Modal {
    View of(Handoff handoff, HandoffBlocks.Pressed pressed);
  }

  private Response open(BlockActionRequest request, ActionContext context, Modal modal) {
    BlockActionPayload payload = request.getPayload();
    Optional<Handoff> handoff = answering.handoffs().find(AskContacts.value(request));
    String channel = payload.getChannel() == null ? null : payload.getChannel().getId();
    String ts = payload.getContainer() == null ? null : payload.getContainer().getMessageTs();
    // Only the organisation's contacts channel replies and saves: a hand-off id pressed anywhere else does nothing.
    if (handoff.isEmpty() || channel == null || !channel.equals(answering.contactsChannel(handoff.get().organisation()))) {
      answering.later(() -> Boundary.deliver("a gone hand-off", null,
          () -> AskContacts.respond(context, Handoffs.GONE, null, false), null));
      return context.ack();
    }
    // The trigger id is good for 3 seconds: the modal opens on the request thread.
    View view = modal.of(handoff.get(), new HandoffBlocks.Pressed(handoff.get().id(), channel, ts));
    ViewsOpenResponse opened;
    try {
      opened = context.client().viewsOpen(r -> r.token(context.getBotToken()).triggerId(payload.getTriggerId()).view(view));
    } catch (Exception e) {
      throw new SlackException("views.open failed: " + e, e);
    }
    if (!opened.isOk()) throw new SlackException("views.open failed: " + opened.getError());
    return context.ack();
  }

  private static ViewState.Value value(View view, String block) {
    Map<String, ViewState.Value> inputs = view.getState().getValues().get(block);
    return inputs == null ? null : inputs.get(HandoffBlocks.TEXT);
  }

  private static String text(View view, String block) {
    ViewState.Value value = value(view, block);
    return value == null ? null : value.getValue();
  }

  private static boolean showsName(View view) {
    ViewState.Value value = value(view, HandoffBlocks.NAME_INPUT);
    return value != null && value.getSelectedOptions() != null
        && value.getSelectedOptions().stream().anyMatch(o -> HandoffBlocks.SHOW_NAME.equals(o.getValue()));
  }
}
