package signpost.bot.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import signpost.bot.core.Paragraph.Kind;

class ParagraphTest {

  private static final ContactCard TEAM = new ContactCard("EDI Team", "equality advisers", "edi@example.gov.uk", null);

  @Test
  void contacts_are_written_under_their_lead_a_line_each_and_keep_the_lead() {
    Paragraph contacts = Paragraph.contacts("Who can help", List.of(TEAM, new ContactCard("your EDI team", null, null, null)));

    assertEquals("Who can help:\n- EDI Team (equality advisers): edi@example.gov.uk\n- your EDI team", contacts.text());
    assertEquals("Who can help", contacts.lead());
  }

  @Test
  void paragraphs_join_a_blank_line_apart_but_the_line_after_the_contacts_follows_them_directly() {
    List<Paragraph> paragraphs = List.of(new Paragraph(Kind.BODY, "No."), Paragraph.contacts("Ask", List.of(TEAM)),
        new Paragraph(Kind.AFTER_CONTACTS, "Or your manager."), new Paragraph(Kind.BODY, "Bye."));

    assertEquals("No.\n\nAsk:\n- EDI Team (equality advisers): edi@example.gov.uk\nOr your manager.\n\nBye.",
        Paragraph.join(paragraphs));
  }

  @Test
  void only_contacts_have_a_lead() {
    assertThrows(IllegalArgumentException.class, () -> new Paragraph(Kind.BODY, "Why:\n- x", "Why"));
    assertThrows(IllegalArgumentException.class, () -> new Paragraph(Kind.CONTACTS, "Ask:\n- x"));
  }

  @Test
  void kinds_have_lower_case_wire_names() {
    assertEquals("open_questions", Kind.OPEN_QUESTIONS.wireName());
    assertEquals("after_contacts", Kind.AFTER_CONTACTS.wireName());
  }
}
