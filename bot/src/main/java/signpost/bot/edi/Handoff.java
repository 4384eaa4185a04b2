package signpost.bot.edi;

import java.time.Instant;

/**
 * A question, or a report of harm, passed on to an organisation's EDI Contacts with the asker's consent.
 *
 * @param id its id, which the contacts' "Reply" and "Save as an answer" buttons carry
 * @param organisation the id of the asker's organisation
 * @param asker who asked, as a pseudonym: never a name or a channel's user id
 * @param replyTo where the reply goes: a Slack thread's key (see the Slack channel's places) or a Teams conversation
 *     reference as JSON
 * @param kind whether it is a question or a report of harm the person chose to pass on
 * @param question the question as asked, or the report as written
 * @param status what became of it
 * @param reply the contact's reply once given, else null
 * @param replyName the name the contact chose to show with their reply, else null (the reply is from the role alone)
 * @param created when it was passed on
 * @param claimed when a contact's reply claimed it, while it is {@link Status#CLAIMED}, else null
 */
public record Handoff(String id, String organisation, String asker, String replyTo, Kind kind, String question, Status status,
                      String reply, String replyName, Instant created, Instant claimed) {

  /** What a hand-off passes on. */
  public enum Kind {
    /** A question Signpost could not answer, or whose answer was rated 👎, or one the person asked a person about. */
    QUESTION,
    /**
     * What a person told Signpost of harm, discrimination or abuse, passed on from the support reply only because they
     * chose to: the contacts may reply, but it is never saved as a curated answer.
     */
    DISCLOSURE
  }

  /** Returns true when the contacts may save the reply as a curated answer: never for a {@link Kind#DISCLOSURE}. */
  public boolean saveable() {
    return kind == Kind.QUESTION;
  }

  /**
   * Returns who the reply is from, as the asker sees it: the {@link Handoffs#ROLE}, followed by the contact's name in
   * brackets where they chose to show it ("EDI Contacts (Priya Shah)").
   */
  public String from() {
    return replyName == null ? Handoffs.ROLE : Handoffs.ROLE + " (" + replyName + ")";
  }

  /** What became of a hand-off. */
  public enum Status {
    /** Posted to the contacts, not yet replied to. */ SENT,
    /**
     * A contact's reply claimed it and is being delivered to the asker; past {@link Handoffs#LEASE} (its replica stopped
     * before delivering) it waits for a reply again.
     */
    CLAIMED,
    /** A contact replied; the reply went to the asker. */ REPLIED,
    /** The reply was saved as a curated answer. */ SAVED;

    /** Returns true once a reply has reached the asker: {@link #REPLIED} or {@link #SAVED}. */
    public boolean replied() {
      return this == REPLIED || this == SAVED;
    }
  }
}
