package signpost.bot.slack;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.InputBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.block.composition.PlainTextObject;
import com.slack.api.model.block.element.ButtonElement;
import com.slack.api.model.block.element.CheckboxesElement;
import com.slack.api.model.block.element.DatePickerElement;
import com.slack.api.model.block.element.PlainTextInputElement;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewClose;
import com.slack.api.model.view.ViewSubmit;
import com.slack.api.model.view.ViewTitle;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import signpost.bot.edi.CuratedAnswers;
import signpost.bot.edi.Handoff;
import signpost.bot.edi.Handoffs;

/**
 * The blocks and modals of "Ask an EDI Contact": the offer (under a refusal, after a 👎, on request, and under a
 * support reply, to pass on what the person told), the consent that shows exactly what will be sent, the question in
 * the contacts' channel with its "Reply" button, the reply and "Save as an answer" modals. The asker's buttons carry
 * the text and the conversation's key (checked against where Slack signed the press); the contacts' carry a hand-off
 * id only.
 */
final class HandoffBlocks {

  static final String OFFER_BLOCK = "signpost_handoff";
  static final String OFFER = "signpost_handoff_offer";
  static final String CONSENT = "signpost_handoff_consent";
  static final String SUPPORT_OFFER = "signpost_support_offer";
  static final String SUPPORT_CONSENT = "signpost_support_consent";
  static final String REPLY = "signpost_handoff_reply";
  static final String SAVE = "signpost_handoff_save";
  static final String REPLY_VIEW = "signpost_handoff_reply_view";
  static final String SAVE_VIEW = "signpost_handoff_save_view";
  static final String QUESTION_INPUT = "question";
  static final String ANSWER_INPUT = "answer";
  static final String REVIEW_INPUT = "review_by";
  static final String NAME_INPUT = "show_name";
  static final String TEXT = "text";
  static final String SHOW_NAME = "show";
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * What the asker's buttons carry: the conversation's key (see {@link Place#key()}), the Slack user who asked (only
   * they may pass the question on: in a channel thread anyone sees the buttons) and the question as asked.
   */
  record Asked(String conversation, String user, String question) {

    /** Returns the button's value, or empty when the question is too long for one (Slack allows 2,000 characters). */
    Optional<String> value() {
      String value = JSON.createObjectNode().put("conversation", conversation).put("user", user).put("question", question)
          .toString();
      return value.length() > QuickReply.MAX_VALUE ? Optional.empty() : Optional.of(value);
    }

    static Optional<Asked> parse(String value) {
      try {
        JsonNode json = JSON.readTree(value == null ? "" : value);
        String conversation = json.path("conversation").asText("");
        String user = json.path("user").asText("");
        String question = json.path("question").asText("");
        return conversation.isBlank() || user.isBlank() || question.isBlank() ? Optional.empty()
            : Optional.of(new Asked(conversation, user, question));
      } catch (JsonProcessingException e) {
        return Optional.empty();
      }
    }
  }

  /**
   * What the buttons under a support reply carry: the conversation's key, the Slack user who wrote the message (only
   * they may pass it on), and the message as written, cut to fit a button's value when it is too long ({@code cut}).
   */
  record Told(String conversation, String user, String message, boolean cut) {

    /**
     * Returns what a button carries of the message, cut with "…" where the whole would pass Slack's 2,000 characters;
     * empty when the conversation's key and user leave no room for any of it.
     */
    static Optional<Told> fitted(String conversation, String user, String message) {
      Told whole = new Told(conversation, user, message, false);
      if (fits(whole)) return Optional.of(whole);
      // Escaping makes one character up to six of the value: find the longest start of the message that fits.
      int fits = 0;
      for (int low = 1, high = message.length() - 1; low <= high; ) {
        int middle = (low + high) >>> 1;
        if (fits(cut(conversation, user, message, middle))) {
          fits = middle;
          low = middle + 1;
        } else {
          high = middle - 1;
        }
      }
      return fits == 0 ? Optional.empty() : Optional.of(cut(conversation, user, message, fits));
    }

    private static Told cut(String conversation, String user, String message, int keep) {
      int end = Character.isLowSurrogate(message.charAt(keep)) ? keep - 1 : keep;
      return new Told(conversation, user, message.substring(0, end).stripTrailing() + CUT_MARK, true);
    }

    private static boolean fits(Told told) {
      return told.value().length() <= QuickReply.MAX_VALUE;
    }

    String value() {
      return JSON.createObjectNode().put("conversation", conversation).put("user", user).put("message", message)
          .put("cut", cut).toString();
    }

    static Optional<Told> parse(String value) {
      try {
        JsonNode json = JSON.readTree(value == null ? "" : value);
        String conversation = json.path("conversation").asText("");
        String user = json.path("user").asText("");
        String message = json.path("message").asText("");
        return conversation.isBlank() || user.isBlank() || message.isBlank() ? Optional.empty()
            : Optional.of(new Told(conversation, user, message, json.path("cut").asBoolean(false)));
      } catch (JsonProcessingException e) {
        return Optional.empty();
      }
    }
  }

  /** Ends a message cut to fit a button. */
  static final String CUT_MARK = "…";

  /** Where a contact pressed "Reply" or "Save as an answer": the hand-off and the contacts' message, for a modal's metadata. */
  record Pressed(String handoff, String channel, String ts) {

    String metadata() {
      return JSON.createObjectNode().put("handoff", handoff).put("channel", channel).put("ts", ts).toString();
    }

    static Optional<Pressed> parse(String metadata) {
      try {
        JsonNode json = JSON.readTree(metadata == null ? "" : metadata);
        String handoff = json.path("handoff").asText("");
        return handoff.isBlank() ? Optional.empty()
            : Optional.of(new Pressed(handoff, json.path("channel").asText(null), json.path("ts").asText(null)));
      } catch (JsonProcessingException e) {
        return Optional.empty();
      }
    }
  }

  private HandoffBlocks() {}

  /** Returns the offer under a refusal: one button, or nothing when the question is too long to carry. */
  static List<LayoutBlock> offer(Asked asked) {
    return asked.value().<List<LayoutBlock>>map(value -> List.of(
        SlackBlocks.section("I can pass your question on to your organisation's EDI Contacts, if you like."),
        actions(button("Ask an EDI Contact", OFFER, value)))).orElse(List.of());
  }

  /**
   * Returns the offer of a question named rather than just refused (after a 👎, or when the person asks for a person):
   * the question quoted and one button; nothing when the question is too long to carry.
   */
  static List<LayoutBlock> offerOf(Asked asked) {
    return asked.value().<List<LayoutBlock>>map(value -> List.of(
        SlackBlocks.section("I can pass this question on to your organisation's EDI Contacts, if you like:\n>"
            + Mrkdwn.escape(asked.question()).replace("\n", "\n>")),
        actions(button("Ask an EDI Contact", OFFER, value)))).orElse(List.of());
  }

  /** Returns the consent: exactly what will be sent, who sees it and where the reply comes, and the button that sends it. */
  static List<LayoutBlock> consent(Asked asked, String value) {
    return List.of(SlackBlocks.section("*This is what the EDI Contacts will see:*\n>" + Mrkdwn.escape(asked.question())
            .replace("\n", "\n>")),
        SlackBlocks.context(List.of("They see the question and your organisation, not your name. Their reply comes here, "
            + "from the " + Handoffs.ROLE + ". Nothing is sent unless you press Send.")),
        actions(button("Send to the EDI Contacts", CONSENT, value)));
  }

  /**
   * Returns the offer under a support reply: passing on what the person told, only if they choose to, with one
   * button.
   */
  static List<LayoutBlock> supportOffer(Told told) {
    return List.of(SlackBlocks.section("If you would like your organisation's EDI Contacts to know what you told me, I "
            + "can pass your message on to them. Only if you choose to: nothing is sent or kept unless you do."),
        actions(button("Pass this on to the EDI Contacts", SUPPORT_OFFER, told.value())));
  }

  /**
   * Returns the consent to pass on a report of harm: the message exactly as it will be sent, that the contacts will read
   * it and may know who wrote it, that it goes by e-mail and stays in their mailbox ({@code byEmail}), where urgent help
   * is, and the button that sends it.
   */
  static List<LayoutBlock> supportConsent(Told told, String value, boolean byEmail) {
    List<String> notes = new java.util.ArrayList<>(List.of("The EDI Contacts will read your message as you wrote it. They "
        + "are not told your name, but it is not anonymous to the words you typed: anything in them that says who you "
        + "are, or who others are, they will read. Their reply comes here, from the " + Handoffs.ROLE + "."));
    if (byEmail) notes.add(Handoffs.REPORT_BY_EMAIL);
    if (told.cut()) notes.add("Your message was too long to pass on whole: it is cut where it ends with " + CUT_MARK + ".");
    notes.add("If you are in danger or need help urgently, use the routes in my reply above: the EDI Contacts may not "
        + "read this straight away. Nothing is sent or kept unless you press Send.");
    return List.of(SlackBlocks.section("*This is what the EDI Contacts will read:*\n>" + Mrkdwn.escape(told.message())
            .replace("\n", "\n>")), SlackBlocks.context(notes),
        actions(button("Send to the EDI Contacts", SUPPORT_CONSENT, value)));
  }

  /** Returns the question or report as the contacts' channel shows it, with its "Reply" button. */
  static List<LayoutBlock> forContacts(Handoff handoff) {
    String heading = handoff.kind() == Handoff.Kind.DISCLOSURE
        ? "*What a person told Signpost of harm or unfair treatment*, passed on because they chose to (not a question "
            + "to save as an answer):\n>"
        : "*A question Signpost could not answer*, passed on with the asker's consent:\n>";
    return List.of(SlackBlocks.section(heading + Mrkdwn.escape(handoff.question()).replace("\n", "\n>")),
        actions(button("Reply", REPLY, handoff.id())));
  }

  /**
   * Returns the confirmation in the contacts' thread, with its "Save as an answer" button where the hand-off may be
   * saved (never a report of harm).
   */
  static List<LayoutBlock> replied(Handoff handoff) {
    LayoutBlock confirmation = SlackBlocks.section("Your reply went to the asker, from the " + Mrkdwn.escape(handoff.from()) + ".");
    return handoff.saveable() ? List.of(confirmation, actions(button("Save as an answer", SAVE, handoff.id())))
        : List.of(confirmation);
  }

  /** Returns the reply to the asker, attributed to the role, and to the contact by name where they chose to show it. */
  static String reply(Handoff handoff) {
    return "*The " + Mrkdwn.escape(handoff.from()) + " replied* to your " + (handoff.saveable() ? "question" : "message") + ":\n>" + Mrkdwn.escape(handoff.question()).replace("\n", "\n>")
        + "\n\n" + Mrkdwn.escape(handoff.reply());
  }

  /** Returns the modal a contact writes a reply in, with whether to show their name with it (unticked: the role alone). */
  static View replyView(Handoff handoff, Pressed pressed) {
    return modal(REPLY_VIEW, "Reply", "Send reply", pressed, List.of(
        SlackBlocks.section("*Question:*\n>" + Mrkdwn.escape(handoff.question()).replace("\n", "\n>")),
        input(ANSWER_INPUT, "Your reply (it goes to the asker from the " + Handoffs.ROLE + ")", null, true),
        showName("Show my name with the reply", false)));
  }

  /**
   * Returns the modal that saves a reply as a curated answer: question, answer, review-by date, and whether to show a
   * name, ticked to start with where the contact showed their name with the reply.
   */
  static View saveView(Handoff handoff, Pressed pressed, LocalDate reviewBy) {
    InputBlock date = InputBlock.builder().blockId(REVIEW_INPUT).label(plain("Review by"))
        .element(DatePickerElement.builder().actionId(TEXT).initialDate(reviewBy.toString()).build()).build();
    return modal(SAVE_VIEW, "Save as an answer", "Save", pressed, List.of(
        input(QUESTION_INPUT, "Question", handoff.question(), false),
        input(ANSWER_INPUT, "Answer", handoff.reply(), true), date,
        showName("Show my name with the answer", handoff.replyName() != null)));
  }

  /** Returns the optional "show my name" box of a modal, ticked or not to start with. */
  private static InputBlock showName(String label, boolean ticked) {
    OptionObject show = OptionObject.builder().value(SHOW_NAME).text(plain(label)).build();
    return InputBlock.builder().blockId(NAME_INPUT).optional(true).label(plain("Attribution"))
        .element(CheckboxesElement.builder().actionId(TEXT).options(List.of(show))
            .initialOptions(ticked ? List.of(show) : null).build()).build();
  }

  private static View modal(String callbackId, String title, String submit, Pressed pressed, List<LayoutBlock> blocks) {
    return View.builder().type("modal").callbackId(callbackId).privateMetadata(pressed.metadata())
        .title(ViewTitle.builder().type("plain_text").text(title).build())
        .submit(ViewSubmit.builder().type("plain_text").text(submit).build())
        .close(ViewClose.builder().type("plain_text").text("Cancel").build()).blocks(blocks).build();
  }

  private static InputBlock input(String blockId, String label, String initial, boolean multiline) {
    return InputBlock.builder().blockId(blockId).label(plain(label)).element(PlainTextInputElement.builder().actionId(TEXT)
        .multiline(multiline).initialValue(initial).maxLength(CuratedAnswers.MAX_ANSWER).build()).build();
  }

  private static ActionsBlock actions(ButtonElement button) {
    return ActionsBlock.builder().blockId(OFFER_BLOCK).elements(List.of(button)).build();
  }

  private static ButtonElement button(String label, String actionId, String value) {
    return ButtonElement.builder().text(plain(label)).actionId(actionId).value(value).build();
  }

  private static PlainTextObject plain(String text) {
    return PlainTextObject.builder().text(text).emoji(true).build();
  }
}
