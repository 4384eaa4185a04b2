package signpost.rules.facts;

import signpost.knowledge.org.Service;

/**
 * Decides to send the asker to a contact.
 *
 * @param contactId the organisation file's contact id, or null for the generic "your EDI team"
 * @param service the need it serves
 * @param rank the need's rank
 * @param order the contact's place in the organisation file
 */
public record Referral(String contactId, Service service, int rank, int order) {

  /** Returns a referral to the asker's EDI team, used where no contact is known; no name is invented. */
  public static Referral yourEdiTeam(Service service, int rank) {
    return new Referral(null, service, rank, Integer.MAX_VALUE);
  }
}
