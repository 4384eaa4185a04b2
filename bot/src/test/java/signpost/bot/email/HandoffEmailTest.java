package signpost.bot.email;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import signpost.bot.edi.Handoff;

/**
 * The e-mail to the EDI Contacts says the question (or the report passed on by choice), the organisation, the day and
 * where to reply, and nothing of who asked.
 */
class HandoffEmailTest {

  @Test
  void it_quotes_the_question_names_the_organisation_and_the_day_and_links_to_the_admin_page() {
    Handoff handoff = new Handoff("h-1", "cambridgeshire", "pseudonym-of-the-asker", "slack:T_CAMBS:C_GENERAL:1700000100.000100",
        Handoff.Kind.QUESTION, "Can I bring my dog\nto the office?", Handoff.Status.SENT, null, null, Instant.parse("2026-12-01T23:30:00Z"),
        null);

    HandoffEmail email = HandoffEmail.of(handoff, "Cambridgeshire County Council",
        URI.create("https://edi.example.org/admin/handoffs?organisation=cambridgeshire"));

    assertEquals("A question for the EDI Contacts of Cambridgeshire County Council", email.subject());
    assertEquals("""
        Someone at Cambridgeshire County Council asked Signpost a question and chose to pass it on to you, the EDI Contacts, \
        on 1 December 2026:

        > Can I bring my dog
        > to the office?

        Reply on the Signpost admin page (sign in as an EDI admin of Cambridgeshire County Council):
        https://edi.example.org/admin/handoffs?organisation=cambridgeshire

        Your reply goes to the person who asked, in the chat they asked in, from the "EDI Contacts", with your name only if \
        you tick "Show my name with the reply". Signpost does not tell you who asked. Please do not reply to this e-mail: replies to it do not reach the person. \
        The question is kept for 90 days.
        """, email.text());
  }

  @Test
  void a_report_passed_on_by_choice_is_headed_as_one_and_never_as_a_question_to_save() {
    Handoff handoff = new Handoff("h-2", "cambridgeshire", "pseudonym-of-the-writer", "slack:T_CAMBS:D_ASKER",
        Handoff.Kind.DISCLOSURE, "My manager keeps making jokes about my accent.", Handoff.Status.SENT, null, null,
        Instant.parse("2026-12-01T10:00:00Z"), null);

    HandoffEmail email = HandoffEmail.of(handoff, "Cambridgeshire County Council",
        URI.create("https://edi.example.org/admin/handoffs?organisation=cambridgeshire"));

    assertEquals("A report passed on by choice to the EDI Contacts of Cambridgeshire County Council", email.subject());
    assertEquals("""
        Someone at Cambridgeshire County Council told Signpost of harm or unfair treatment and chose to pass their message \
        on to you, the EDI Contacts, on 1 December 2026. It is what they wrote, not a question to save as an answer:

        > My manager keeps making jokes about my accent.

        Reply on the Signpost admin page (sign in as an EDI admin of Cambridgeshire County Council):
        https://edi.example.org/admin/handoffs?organisation=cambridgeshire

        Your reply goes to the person who wrote it, in the chat they wrote in, from the "EDI Contacts", with your name only if \
        you tick "Show my name with the reply". Signpost does not tell you who wrote it. Please do not reply to this e-mail: replies to it do not reach the person. \
        Signpost keeps the report for 90 days; please keep this e-mail no longer than you need it.
        """, email.text());
  }
}
