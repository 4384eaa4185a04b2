package signpost.bot.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import signpost.bot.edi.Handoff;
import signpost.bot.edi.Handoffs;
import signpost.bot.email.EmailContacts;
import signpost.bot.web.HandoffOffers;
import signpost.bot.web.WebReplies;
import signpost.knowledge.org.Organisation;

/**
 * "Ask an EDI Contact" in the web chat: the offer an answer carries (after a refusal, a 👎, or a request for a person)
 * and what consent does. The offer holds the question exactly as it will be sent, redacted as the EDI team's log keeps
 * it, signed for the session's person (see {@link HandoffOffers}); nothing is kept until the person presses Send. The
 * web chat reaches an organisation's EDI Contacts by their e-mail address ({@code SIGNPOST_EDI_CONTACTS_EMAIL}); their
 * reply, written on the admin page, is kept in the hand-off for the page to fetch (see {@link WebReplies}).
 */
final class WebHandoffs {

  /** Said above an offer after a 👎 or a request for a person. */
  static final String OFFER = "I can pass this question on to your organisation's EDI Contacts, if you like:";
  /** Said to the asker once the e-mail has gone. */
  static final String EMAILED = "Sent to the EDI Contacts by e-mail. Their reply will appear here, in this browser, "
      + "until you close it.";

  private final Assistant assistant;
  private volatile HandoffOffers offers;

  WebHandoffs(Assistant assistant) {
    this.assistant = assistant;
  }

  /** Returns true when the organisation's EDI Contacts can be asked from the web chat: they have an e-mail address. */
  boolean passesOn(String organisation) {
    EmailContacts email = assistant.email();
    return organisation != null && email != null && email.address(organisation) != null;
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
    ObjectNode offer = JsonResponses.MAPPER.createObjectNode();
    offer.put("question", shown).put("organisation", name(organisation)).put("by", "email")
        .put("token", offers().issue(new HandoffOffers.Offer(conversation, organisation, shown), owner));
    return Optional.of(offer);
  }

  /** Returns the offer a token names, when it was made to this person and is still good. */
  Optional<HandoffOffers.Offer> accepted(String token, String owner) {
    return offers().accepted(token, owner);
  }

  /**
   * Keeps the hand-off of an accepted offer and e-mails it to the organisation's EDI Contacts off the request thread;
   * what is returned completes with the hand-off once the e-mail has gone, or empty when it could not go (the hand-off
   * is then withdrawn, see {@link EmailContacts#pass}).
   *
   * @throws IllegalStateException when the organisation's EDI Contacts can no longer be asked from here
   */
  CompletableFuture<Optional<Handoff>> consented(HandoffOffers.Offer offer, String owner) {
    if (!passesOn(offer.organisation())) {
      throw new IllegalStateException("the EDI Contacts of " + offer.organisation() + " have no e-mail address any more");
    }
    Handoff handoff = assistant.handoffs().open(offer.organisation(), owner, WebReplies.place(offer.conversation()),
        offer.question());
    return assistant.email().pass(handoff, name(offer.organisation()), assistant.handoffs())
        .thenApply(sent -> sent ? Optional.of(handoff) : Optional.empty());
  }

  /** Returns the hand-off as the page shows it: the question, whether a reply has come, and the reply from the role. */
  static ObjectNode json(Handoff handoff) {
    ObjectNode json = JsonResponses.MAPPER.createObjectNode().put("id", handoff.id()).put("question", handoff.question())
        .put("asked", handoff.created().toString());
    boolean replied = handoff.status() != Handoff.Status.SENT;
    json.put("status", replied ? "replied" : "waiting");
    if (replied) json.put("reply", handoff.reply()).put("from", Handoffs.ROLE);
    return json;
  }

  private String name(String organisation) {
    return assistant.knowledge().organisation(organisation).map(Organisation::name).orElse(organisation);
  }

  private HandoffOffers offers() {
    HandoffOffers made = offers;
    if (made == null) {
      made = new HandoffOffers(assistant.database().pseudonyms().derive("web-handoff-offer"), Clock.systemUTC());
      offers = made;
    }
    return made;
  }
}
