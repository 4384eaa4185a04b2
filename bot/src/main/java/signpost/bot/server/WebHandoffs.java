package signpost.bot.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import signpost.bot.core.Question;
import signpost.bot.edi.ContactsChannel;
import signpost.bot.edi.ContactsChannels;
import signpost.bot.edi.Handoff;
import signpost.bot.edi.Handoffs;
import signpost.bot.email.EmailContacts;
import signpost.bot.web.HandoffOffers;
import signpost.bot.web.WebReplies;
import signpost.knowledge.org.Organisation;

/**
 * "Ask an EDI Contact" in the web chat: the offer an answer carries (after a refusal, a 👎, or a request for a person;
 * under a support reply, the offer to pass the report of harm on, as written) and what consent does. The offer holds the question exactly as it will be sent, redacted as the EDI team's log keeps
 * it, signed for the session's person (see {@link HandoffOffers}); nothing is kept until the person presses Send. The
 * web chat reaches an organisation's EDI Contacts in their channel where one running here reaches them (Slack's, see
 * {@link ContactsChannels}), else by their e-mail address ({@code SIGNPOST_EDI_CONTACTS_EMAIL}). Their reply, written
 * there or on the admin page, is kept in the hand-off for the page to fetch (see {@link WebReplies}).
 */
final class WebHandoffs {

  private static final Logger LOG = LoggerFactory.getLogger(WebHandoffs.class);

  /** Said above an offer after a 👎 or a request for a person. */
  static final String OFFER = "I can pass this question on to your organisation's EDI Contacts, if you like:";
  /** Said to the asker once the question is in the contacts' channel. */
  static final String SENT = "Sent to the EDI Contacts. Their reply will appear here, in this browser, until you close it.";
  /** Said to the asker once the e-mail has gone. */
  static final String EMAILED = "Sent to the EDI Contacts by e-mail. Their reply will appear here, in this browser, "
      + "until you close it.";

  /** Said under a support reply, above the offer to pass the report on: as Slack and Teams say it. */
  static final String REPORT_OFFER = "If you would like your organisation's EDI Contacts to know what you told me, I can "
      + "pass your message on to them. Only if you choose to: nothing is sent or kept unless you do.";
  /** Said in the consent to pass a report on: who reads it, that it is not anonymous to its words, where the reply comes. */
  static final String REPORT_READ = "The EDI Contacts will read your message as you wrote it. They are not told your name, "
      + "but it is not anonymous to the words you typed: anything in them that says who you are, or who others are, they "
      + "will read. Their reply will appear on this page, in this browser, until you close it.";
  /** Said last in the consent to pass a report on. */
  static final String REPORT_URGENT = "If you are in danger or need help urgently, use the routes in my reply above: the "
      + "EDI Contacts may not read this straight away. Nothing is sent or kept unless you press Send.";

  /**
   * What consent came to.
   *
   * @param handoff the hand-off kept, or null when it could not be passed on (and so was withdrawn)
   * @param text what the asker is told
   */
  record Passed(Handoff handoff, String text) {}

  private final Assistant assistant;
  private volatile HandoffOffers offers;

  WebHandoffs(Assistant assistant) {
    this.assistant = assistant;
  }

  /** Returns true when the organisation's EDI Contacts can be asked from the web chat: in their channel, or by e-mail. */
  boolean passesOn(String organisation) {
    return organisation != null && (assistant.contactsChannels().reaching(organisation).isPresent() || emailed(organisation));
  }

  /**
   * Returns the offer to pass the question on, as the answer's {@code offer} field carries it, or empty when the
   * organisation's EDI Contacts cannot be asked from here.
   *
   * @param owner the session's person, the only one who can accept it
   * @param conversation the web chat conversation, where the reply goes
   */
  Optional<ObjectNode> offer(String owner, String conversation, String organisation, String question) {
    if (!passesOn(organisation) || question == null || question.isBlank()) return Optional.empty();
    String shown = assistant.questions().redacted(question);
    // Redaction can lengthen a question ("a@b.c" becomes "[email]"): one too long to keep is not offered.
    if (shown.length() > Question.MAX_LENGTH) return Optional.empty();
    Optional<ContactsChannel> channel = assistant.contactsChannels().reaching(organisation);
    ObjectNode offer = JsonResponses.MAPPER.createObjectNode();
    offer.put("question", shown).put("organisation", name(organisation))
        .put("by", channel.map(c -> c.name().toLowerCase(Locale.ROOT)).orElse("email"))
        .put("token", offers().issue(new HandoffOffers.Offer(conversation, organisation, shown), owner));
    return Optional.of(offer);
  }

  /**
   * Returns the offer under a support reply to pass the person's message on, exactly as they wrote it, with what the
   * consent must say ({@code notes}), or empty when the organisation's EDI Contacts cannot be asked from here. Nothing of
   * the message is kept: it travels in the signed token only.
   *
   * @param owner the session's person, the only one who can accept it
   * @param conversation the web chat conversation, where the reply goes
   */
  Optional<ObjectNode> reportOffer(String owner, String conversation, String organisation, String message) {
    if (!passesOn(organisation) || message == null || message.isBlank() || message.length() > Question.MAX_LENGTH) {
      return Optional.empty();
    }
    Optional<ContactsChannel> channel = assistant.contactsChannels().reaching(organisation);
    ObjectNode offer = JsonResponses.MAPPER.createObjectNode();
    offer.put("kind", "disclosure").put("about", REPORT_OFFER).put("question", message).put("organisation", name(organisation))
        .put("by", channel.map(c -> c.name().toLowerCase(Locale.ROOT)).orElse("email"))
        .put("token", offers().issue(new HandoffOffers.Offer(conversation, organisation, message, Handoff.Kind.DISCLOSURE),
            owner));
    offer.putArray("notes").add(REPORT_READ);
    if (channel.isEmpty()) offer.withArray("notes").add(Handoffs.REPORT_BY_EMAIL);
    offer.withArray("notes").add(REPORT_URGENT);
    return Optional.of(offer);
  }

  /** Returns the offer a token names, when it was made to this person and is still good. */
  Optional<HandoffOffers.Offer> accepted(String token, String owner) {
    return offers().accepted(token, owner);
  }

  /**
   * Keeps the hand-off of an accepted offer and passes it on, off the request thread, to the organisation's EDI Contacts'
   * channel or else their address; what is returned completes once it is there, or could not get there (the hand-off is
   * then withdrawn, and the failure logged once).
   *
   * @throws IllegalStateException when the organisation's EDI Contacts can no longer be asked from here
   */
  CompletableFuture<Passed> consented(HandoffOffers.Offer offer, String owner) {
    if (!passesOn(offer.organisation())) {
      throw new IllegalStateException("the EDI Contacts of " + offer.organisation() + " cannot be asked from the web chat");
    }
    Optional<ContactsChannel> channel = assistant.contactsChannels().reaching(offer.organisation());
    String place = WebReplies.place(offer.conversation());
    if (channel.isEmpty()) {
      Handoff handoff = assistant.handoffs().draft(offer.kind(), offer.organisation(), owner, place, offer.question());
      return assistant.email().pass(handoff)
          .thenApply(sent -> sent ? new Passed(handoff, EMAILED) : new Passed(null, Handoffs.notSent(handoff)));
    }
    Handoff handoff = assistant.handoffs().open(offer.kind(), offer.organisation(), owner, place, offer.question());
    return channel.get().post(handoff).handle((posted, failure) -> {
      if (failure == null) return new Passed(handoff, SENT);
      LOG.warn("A web chat question for the EDI Contacts of {} could not be posted in {}, so its hand-off {} is "
          + "withdrawn: {}", handoff.organisation(), channel.get().name(), handoff.id(), failure.toString());
      assistant.handoffs().withdraw(handoff.id());
      return new Passed(null, Handoffs.notSent(handoff));
    });
  }

  /**
   * Returns the hand-off as the page shows it: the question, whether a reply has come, and the reply from the role (and
   * the contact's name, where they chose to show it).
   */
  static ObjectNode json(Handoff handoff) {
    ObjectNode json = JsonResponses.MAPPER.createObjectNode().put("id", handoff.id()).put("question", handoff.question())
        .put("kind", handoff.saveable() ? "question" : "disclosure").put("asked", handoff.created().toString());
    // A reply claimed but not yet delivered is not shown: it may yet be released, or go stale and be replaced.
    boolean replied = handoff.status().replied();
    json.put("status", replied ? "replied" : "waiting");
    if (replied) json.put("reply", handoff.reply()).put("from", handoff.from());
    return json;
  }

  private boolean emailed(String organisation) {
    EmailContacts email = assistant.email();
    return email != null && email.address(organisation) != null;
  }

  private String name(String organisation) {
    return assistant.knowledge().organisation(organisation).map(Organisation::name).orElse(organisation);
  }

  private HandoffOffers offers() {
    HandoffOffers made = offers;
    if (made == null) {
      made = new HandoffOffers(assistant.database().pseudonyms().derive("web-handoff-offer"), assistant.clock());
      offers = made;
    }
    return made;
  }
}
