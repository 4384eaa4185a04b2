package signpost.bot.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import signpost.bot.core.Paragraph.Kind;

/**
 * The paragraphs of every kind of answer, on the real shared corpus: each text is exactly the layout it always was
 * (written out here by hand), and the kinds say which paragraph is which.
 */
class ComposerTest {

  private static final String REFUSAL = "I can't find a reliable answer to that in the documents I know. I answer questions on "
      + "equality, diversity and inclusion: equality duties, Equality Impact Assessments, your organisation's equality "
      + "objectives, staff networks and who to contact.";

  private static Answer ask(String question, String org) {
    return SharedCorpus.pipeline().answer(new Question("t", question, org));
  }

  /** Returns the contacts as the text has always listed them: "- Name (role): how" a line. */
  private static String lines(List<ContactCard> cards) {
    return String.join("\n", cards.stream().map(c -> "- " + c.name() + (c.role() == null ? "" : " (" + c.role() + ")")
        + (c.how() == null ? "" : ": " + c.how())).toList());
  }

  private static List<Kind> kinds(Answer answer) {
    return answer.paragraphs().stream().map(Paragraph::kind).toList();
  }

  private static List<String> texts(Answer answer) {
    return answer.paragraphs().stream().map(Paragraph::text).toList();
  }

  @Test
  void an_eqia_answer_opens_with_its_verdict_and_reasons_and_ends_with_who_advises_and_signs_off() {
    Answer answer = ask("Do I need an EqIA if we are closing a library?", "cambridgeshire");

    assertEquals(List.of(Kind.VERDICT, Kind.REASONS, Kind.BODY, Kind.CONSIDER, Kind.AIMS, Kind.NEXT_STEPS),
        kinds(answer).subList(0, 6));
    assertEquals("EqIA: required.", answer.paragraphs().get(0).text());
    assertEquals("Why:\n- " + String.join("\n- ", answer.eqia().reasons()), answer.paragraphs().get(1).text());
    assertEquals(Kind.CONTACTS, kinds(answer).get(kinds(answer).size() - 1));
    assertEquals("Who advises and signs off", answer.contactsLead());
    assertEquals(String.join("\n\n", answer.brief().stream().map(Paragraph::text).toList()), answer.text());
    List<Kind> more = answer.more().stream().map(Paragraph::kind).toList();
    assertEquals(Kind.AIMS, more.get(0), "the aims and the organisation's practices sit behind Why?/More");
    assertEquals(Set.of(Kind.MORE), Set.copyOf(more.subList(1, more.size())), more.toString());
    assertTrue(answer.more().stream().anyMatch(p -> p.text().startsWith("How Cambridgeshire County Council does it")),
        answer.more().toString());
    assertTrue(answer.text().endsWith("\n\nWho advises and signs off:\n" + lines(answer.contacts())), answer.text());
  }

  @Test
  void an_answer_without_an_eqia_is_body_paragraphs_a_blank_line_apart() {
    Answer answer = ask("What does the PSED mean for my team?", "derby-city");

    assertTrue(answer.paragraphs().size() > 1, answer.paragraphs().toString());
    assertTrue(answer.paragraphs().stream().allMatch(p -> p.kind() == Kind.BODY), answer.paragraphs().toString());
    assertEquals(List.of(), answer.more(), "only an EqIA answer has detail behind Why?/More");
    assertEquals(String.join("\n\n", texts(answer)), answer.text());
    assertEquals("Who can help", answer.contactsLead());
  }

  @Test
  void a_reply_to_someone_reporting_harm_puts_the_contacts_between_the_care_and_the_999_line() {
    Answer answer = ask("I think I was discriminated against at a job interview because of my disability.", "cambridgeshire");

    assertEquals(List.of(Kind.BODY, Kind.CONTACTS, Kind.BODY), kinds(answer).subList(0, 3));
    assertTrue(answer.text().startsWith("I'm sorry this has happened. You do not have to deal with it alone, and you can talk "
        + "to someone in confidence.\n\nPeople who can help:\n" + lines(answer.contacts()) + "\n\n"), answer.text());
    assertEquals(List.of(), answer.more(), "only an EqIA answer has detail behind Why?/More");
    assertEquals(String.join("\n\n", texts(answer)), answer.text());
  }

  @Test
  void a_refusal_writes_its_closing_line_straight_after_the_contacts_in_their_paragraph() {
    Answer answer = ask("What time does the canteen open?", "cambridgeshire");

    assertEquals(List.of(Kind.BODY, Kind.BODY, Kind.CONTACTS, Kind.AFTER_CONTACTS), kinds(answer));
    assertEquals("The documents I know don't mention \"canteen\".\n\n" + REFUSAL + "\n\nFor EDI questions I can't answer, ask:\n"
        + lines(answer.contacts()) + "\nFor anything else, please ask the team that runs it, such as HR, IT or payroll.",
        answer.text());
    assertEquals("For EDI questions I can't answer, ask", answer.contactsLead());
  }

  @Test
  void a_refusal_without_contacts_is_one_paragraph_that_points_to_the_edi_team() {
    List<Paragraph> paragraphs = new Composer(AnswerPolicy.DEFAULT, SharedCorpus.shared()).refusal(List.of()).paragraphs();

    assertEquals(List.of(new Paragraph(Kind.BODY, REFUSAL + " For other questions, please ask the team that runs it, such as HR, "
        + "IT or payroll; for EDI questions, ask your EDI team.")), paragraphs);
  }
}
