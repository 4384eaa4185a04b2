package signpost.bot.email;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import signpost.bot.edi.Handoff;
import signpost.bot.edi.Handoffs;

/**
 * The e-mail that passes a question, or a report of harm its writer chose to pass on, to an organisation's EDI Contacts:
 * the text as the person was shown it, the organisation, and where to reply. Nothing else of the hand-off: never the
 * person's name or ids, which Signpost does not keep, nor its pseudonym.
 *
 * @param subject the subject line
 * @param text the plain-text body
 */
record HandoffEmail(String subject, String text) {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
  private static final ZoneId UK = ZoneId.of("Europe/London");

  /**
   * Returns the e-mail of a hand-off, headed as a question or, for a {@link Handoff.Kind#DISCLOSURE}, as a report passed
   * on by choice that is not to be saved as an answer.
   *
   * @param organisationName the asker's organisation as people know it
   * @param reply the admin page's section where the hand-off is replied to
   */
  static HandoffEmail of(Handoff handoff, String organisationName, URI reply) {
    String quoted = "> " + handoff.question().replace("\n", "\n> ");
    String day = DAY.format(LocalDate.ofInstant(handoff.created(), UK));
    String where = "Reply on the Signpost admin page (sign in as an EDI admin of " + organisationName + "):\n" + reply + "\n\n";
    if (handoff.kind() == Handoff.Kind.DISCLOSURE) {
      return new HandoffEmail("A report passed on by choice to the EDI Contacts of " + organisationName,
          "Someone at " + organisationName + " told Signpost of harm or unfair treatment and chose to pass their message "
              + "on to you, the EDI Contacts, on " + day + ". It is what they wrote, not a question to save as an answer:\n\n"
              + quoted + "\n\n" + where
              + "Your reply goes to the person who wrote it, in the chat they wrote in, from the \"" + Handoffs.ROLE + "\", "
              + "with your name only if you tick \"Show my name with the reply\". Signpost does not tell you who wrote it. "
              + "Please do not reply to this e-mail: replies "
              + "to it do not reach the person. Signpost keeps the report for " + Handoffs.KEPT.toDays() + " days; please "
              + "keep this e-mail no longer than you need it.\n");
    }
    return new HandoffEmail("A question for the EDI Contacts of " + organisationName,
        "Someone at " + organisationName + " asked Signpost a question and chose to pass it on to you, the EDI Contacts, "
            + "on " + day + ":\n\n"
            + quoted + "\n\n" + where
            + "Your reply goes to the person who asked, in the chat they asked in, from the \"" + Handoffs.ROLE + "\", with "
            + "your name only if you tick \"Show my name with the reply\". Signpost does not tell you who asked. "
            + "Please do not reply to this e-mail: replies to it do not "
            + "reach the person. The question is kept for " + Handoffs.KEPT.toDays() + " days.\n");
  }
}
