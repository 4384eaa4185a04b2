package signpost.bot.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** Builds questions and answers in the shared evaluation's JSON shapes. */
final class Fixtures {

  static final ObjectMapper MAPPER = new ObjectMapper();

  private Fixtures() {}

  static EvalQuestion question(String id, Expectation expect) {
    return new EvalQuestion(id, "Question " + id + "?", null, expect);
  }

  static Expectation sources(String... names) {
    return new Expectation(List.of(names), null, null, null, false);
  }

  @SafeVarargs
  static Expectation facts(List<String>... groups) {
    return new Expectation(null, List.of(groups), null, null, false);
  }

  static Expectation contacts(String... alternatives) {
    return new Expectation(null, null, List.of(alternatives), null, false);
  }

  static Expectation eqia(String... verdicts) {
    return new Expectation(null, null, null, List.of(verdicts), false);
  }

  static Expectation outOfScope() {
    return new Expectation(null, null, null, null, true);
  }

  /** Returns an answered answer with the text and the documents as sources, in order. */
  static ObjectNode answer(String id, String text, String... documents) {
    ObjectNode a = MAPPER.createObjectNode();
    a.put("id", id);
    a.put("answered", true);
    a.put("text", text);
    ArrayNode sources = a.putArray("sources");
    for (String d : documents) sources.addObject().put("document", d);
    a.putArray("contacts");
    a.putNull("eqia");
    return a;
  }

  static ObjectNode contact(ObjectNode answer, String name, String role) {
    ObjectNode c = ((ArrayNode) answer.get("contacts")).addObject();
    c.put("name", name);
    if (role == null) c.putNull("role"); else c.put("role", role);
    return answer;
  }

  static ObjectNode verdict(ObjectNode answer, String verdict) {
    answer.putObject("eqia").put("verdict", verdict).putArray("reasons");
    return answer;
  }
}
