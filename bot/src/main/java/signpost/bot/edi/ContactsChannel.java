package signpost.bot.edi;

import java.util.concurrent.CompletableFuture;

/**
 * An organisation's EDI Contacts in a channel of their own (a Slack channel), reachable from another channel whose
 * askers cannot post there themselves (the web chat). The contacts reply there as to any question passed on, and the
 * reply reaches the asker through {@link Deliveries}.
 */
public interface ContactsChannel {

  /** Returns the channel's name as the asker is told it, e.g. "Slack". */
  String name();

  /** Returns true when this channel reaches the organisation's EDI Contacts. */
  boolean reaches(String organisation);

  /**
   * Posts a hand-off just kept to its organisation's EDI Contacts, off the caller's thread, and returns what completes
   * once it is posted, or exceptionally with the channel's own exception when it could not be.
   */
  CompletableFuture<Void> post(Handoff handoff);
}
