package signpost.bot.edi;

import java.time.Instant;

/**
 * A question passed on to an organisation's EDI Contacts with the asker's consent.
 *
 * @param id its id, which the contacts' "Reply" and "Save as an answer" buttons carry
 * @param organisation the id of the asker's organisation
 * @param asker who asked, as a pseudonym: never a name or a channel's user id
 * @param replyTo where the reply goes: a Slack thread's key (see the Slack channel's places) or a Teams conversation
 *     reference as JSON
 * @param question the question as asked
 * @param status what became of it
 * @param reply the contact's reply once given, else null
 * @param created when it was passed on
 */
public record Handoff(String id, String organisation, String asker, String replyTo, String question, Status status,
                      String reply, Instant created) {

  /** Returns this hand-off with a contact's reply, as {@link Handoffs#replied} records it. */
  public Handoff withReply(String text) {
    return new Handoff(id, organisation, asker, replyTo, question, Status.REPLIED, text, created);
  }

  /** What became of a hand-off. */
  public enum Status {
    /** Posted to the contacts, not yet replied to. */ SENT,
    /** A contact replied; the reply went to the asker. */ REPLIED,
    /** The reply was saved as a curated answer. */ SAVED
  }
}
