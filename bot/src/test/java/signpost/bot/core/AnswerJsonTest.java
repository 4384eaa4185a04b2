package signpost.bot.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnswerJsonTest {

  @Test
  void an_answer_is_written_in_the_contract_with_null_page_and_null_eqia() throws Exception {
    Answer answer = new Answer("d1", "What is IDEAL?", "cambridgeshire", true, Intent.DEFINITION, "IDEAL is ... [1]", 0.82,
        List.of(new Citation("a.html", "A", "Networks", null, "IDEAL is"), new Citation("b.pdf", "B", "", 12, "x")),
        List.of(new ContactCard("IDEAL", null, "staff network", "a")), List.of("AnswerFromPassages"));

    JsonNode json = new ObjectMapper().readTree(AnswerJson.line(answer));

    assertEquals(List.of("id", "question", "org", "answered", "intent", "text", "confidence", "sources", "contacts",
        "eqia", "rules"), iterable(json.fieldNames()));
    assertEquals("definition", json.get("intent").asText());
    assertEquals(0.82, json.get("confidence").asDouble());
    assertEquals(true, json.get("sources").get(0).get("page").isNull());
    assertEquals(12, json.get("sources").get(1).get("page").asInt());
    assertEquals(true, json.get("eqia").isNull());
    assertEquals(true, json.get("contacts").get(0).get("role").isNull());
    assertEquals("AnswerFromPassages", json.get("rules").get(0).asText());
  }

  private static List<String> iterable(java.util.Iterator<String> names) {
    List<String> out = new java.util.ArrayList<>();
    names.forEachRemaining(out::add);
    return out;
  }
}
