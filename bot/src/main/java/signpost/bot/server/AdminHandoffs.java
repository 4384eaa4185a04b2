package signpost.bot.server;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import signpost.bot.admin.AdminSession;
import signpost.bot.edi.Handoff;

/**
 * The admin page's reply to a question passed on to the EDI Contacts (by e-mail, or in a channel no one has replied in
 * yet): delivered to the asker through the channel they asked in, exactly as a reply from the contacts' channel is, from
 * the EDI Contacts, with the admin's name (as their sign-in gave it) only where they tick "Show my name"; only for an
 * organisation the admin holds.
 *
 * <p>The reply first claims the hand-off (see {@link signpost.bot.edi.Handoffs#claim}), so that of two replies at once
 * only one is delivered; the other is a 409. When the channel cannot be reached the claim is released: nothing changes
 * and the question stays listed to reply to again. Delivery runs on the request thread, bounded by the channel's own
 * timeouts (Slack's Web API client, the Bot Framework connector's); the page is used by a few people, not by every
 * asker.
 */
final class AdminHandoffs {

  private static final Logger LOG = LoggerFactory.getLogger(AdminHandoffs.class);

  private final Assistant assistant;

  AdminHandoffs(Assistant assistant) {
    this.assistant = assistant;
  }

  /**
   * Delivers the reply the form carries to the asker of the hand-off it names, records it, and returns the hand-off with
   * its reply.
   *
   * @throws AdminRefusal with 403 for a hand-off of an organisation the admin does not hold (or none kept), 409
   *     for one replied to already, 400 for an empty reply, 502 when the asker's channel could not take it
   */
  Handoff reply(HttpServletRequest request, AdminSession session, Set<String> held) throws AdminRefusal {
    Handoff handoff = held(request.getParameter("handoff"), held)
        .orElseThrow(() -> new AdminRefusal(403, "That question is not one of your organisations'."));
    if (!assistant.handoffs().awaitsReply(handoff)) throw new AdminRefusal(409, "This question has been replied to already.");
    String reply = request.getParameter("reply");
    if (reply == null || reply.isBlank()) throw new AdminRefusal(400, "The reply must not be empty.");
    String name = "yes".equals(request.getParameter("show_name")) ? shownName(session) : null;
    // Claimed first, in one statement: of two admins (or an admin and a contact) replying at once, one is sent.
    Handoff replied = assistant.handoffs().claim(handoff.id(), reply, name)
        .orElseThrow(() -> new AdminRefusal(409, "This question has been replied to already."));
    boolean delivered;
    try {
      delivered = assistant.handoffs().deliver(replied, assistant.deliveries());
    } catch (RuntimeException e) {
      LOG.error("The admin page's reply to hand-off {} could not be delivered: {}", handoff.id(), e.toString(), e);
      throw new AdminRefusal(502, "The reply could not be delivered to the person who asked just now, so nothing "
          + "was changed. Try again later.");
    }
    if (!delivered) {
      LOG.error("The admin page's reply to hand-off {} has no channel to go through: the channel it came from is not on", handoff.id());
      throw new AdminRefusal(502, "The reply could not be delivered: the chat the question came from is not "
          + "connected to this Signpost. Nothing was changed.");
    }
    LOG.info("Hand-off {} of {} replied to on the admin page by {}", handoff.id(), handoff.organisation(), session.identity().subject());
    return replied;
  }

  /**
   * Returns the name the admin's sign-in gave ({@code name}, else {@code preferred_username}), or null when it gave
   * neither and only the provider's opaque subject id is known, which is no name to show.
   */
  private static String shownName(AdminSession session) {
    String name = session.identity().name();
    return name == null || name.equals(session.identity().subject()) ? null : name;
  }

  /** Returns the hand-off with this id when it is of an organisation the admin holds. */
  Optional<Handoff> held(String id, Set<String> held) {
    return assistant.handoffs().find(id).filter(h -> held.contains(h.organisation()));
  }
}
