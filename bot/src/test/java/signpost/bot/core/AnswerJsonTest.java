package signpost.bot.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import signpost.rules.decision.EqiaVerdict;
import signpost.rules.decision.Intent;
import signpost.rules.decision.Verdict;

class AnswerJsonTest {

  @Test
  void an_answer_is_written_in_the_contract_with_null_page_and_null_eqia() throws Exception {
    Answer answer = new Answer("d1", "What is IDEAL?", "cambridgeshire", true, Intent.DEFINITION, List.of(new Paragraph(Paragraph.Kind.BODY, "IDEAL is ... [1]")), 0.82,
        List.of(new Citation("a.html", "A", "Networks", null, "IDEAL is"), new Citation("b.pdf", "B", "", 12, "x")),
        List.of(new ContactCard("IDEAL", null, "staff network", "a")), null, List.of("AnswerAsDefinition"));

    JsonNode json = new ObjectMapper().readTree(AnswerJson.line(answer));

    assertEquals(List.of("id", "question", "org", "answered", "intent", "text", "confidence", "sources", "contacts",
        "eqia", "rules", "paragraphs"), iterable(json.fieldNames()));
    assertEquals("definition", json.get("intent").asText());
    assertEquals(0.82, json.get("confidence").asDouble());
    assertEquals(true, json.get("sources").get(0).get("page").isNull());
    assertEquals(12, json.get("sources").get(1).get("page").asInt());
    assertEquals(true, json.get("eqia").isNull());
    assertEquals(true, json.get("contacts").get(0).get("role").isNull());
    assertEquals("AnswerAsDefinition", json.get("rules").get(0).asText());
  }

  @Test
  void an_eqia_verdict_is_written_with_its_verdict_and_reasons() throws Exception {
    EqiaVerdict verdict = new EqiaVerdict(Verdict.NOT_REQUIRED, List.of("Cosmetic change."), List.of(), List.of(),
        List.of("Keep a note."), List.of(), List.of());
    Answer answer = new Answer(null, "Signs?", null, true, Intent.EQIA, List.of(new Paragraph(Paragraph.Kind.VERDICT, "EqIA: not required.")), 0.5, List.of(), List.of(),
        verdict, List.of("RecordNoAssessmentForACosmeticChange"));

    JsonNode eqia = new ObjectMapper().readTree(AnswerJson.line(answer)).get("eqia");

    assertEquals("not_required", eqia.get("verdict").asText());
    assertEquals("Cosmetic change.", eqia.get("reasons").get(0).asText());
    assertEquals("Keep a note.", eqia.get("next_steps").get(0).asText());
    assertEquals(0, eqia.get("open_questions").size());
  }

  @Test
  void the_paragraphs_are_written_in_order_with_their_kind_and_the_contacts_with_their_lead() throws Exception {
    ContactCard team = new ContactCard("your EDI team", null, "for edi signposting", null);
    Answer answer = new Answer(null, "Cats?", null, false, Intent.UNKNOWN, List.of(new Paragraph(Paragraph.Kind.BODY, "I can't."),
        Paragraph.contacts("Ask", List.of(team)), new Paragraph(Paragraph.Kind.AFTER_CONTACTS, "Or your manager.")), 0, List.of(),
        List.of(team), null, List.of());

    JsonNode json = new ObjectMapper().readTree(AnswerJson.line(answer));

    assertEquals(new ObjectMapper().readTree("""
        [{"kind": "body", "text": "I can't."},
         {"kind": "contacts", "text": "Ask:\\n- your EDI team: for edi signposting", "lead": "Ask"},
         {"kind": "after_contacts", "text": "Or your manager."}]"""), json.get("paragraphs"));
    assertEquals("I can't.\n\nAsk:\n- your EDI team: for edi signposting\nOr your manager.", json.get("text").asText());
  }

  private static List<String> iterable(java.util.Iterator<String> names) {
    List<String> out = new java.util.ArrayList<>();
    names.forEachRemaining(out::add);
    return out;
  }
}
