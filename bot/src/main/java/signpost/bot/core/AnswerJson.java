package signpost.bot.core;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import signpost.rules.decision.EqiaVerdict;

/** Writes an answer in the JSON answer contract, one line per answer. */
public final class AnswerJson {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private AnswerJson() {}

  /** Returns the answer as one line of JSON. */
  public static String line(Answer answer) {
    return tree(answer).toString();
  }

  /** Returns the answer as a JSON tree, for channels that embed it. */
  public static ObjectNode tree(Answer answer) {
    ObjectNode json = MAPPER.createObjectNode();
    json.put("id", answer.id());
    json.put("question", answer.question());
    json.put("org", answer.organisation());
    json.put("answered", answer.answered());
    json.put("intent", answer.intent().wireName());
    json.put("text", answer.text());
    json.put("confidence", answer.confidence());
    ArrayNode sources = json.putArray("sources");
    for (Citation c : answer.sources()) {
      ObjectNode s = sources.addObject();
      s.put("document", c.document());
      s.put("title", c.title());
      s.put("section", c.section());
      if (c.page() == null) s.putNull("page"); else s.put("page", c.page());
      s.put("snippet", c.snippet());
    }
    ArrayNode contacts = json.putArray("contacts");
    for (ContactCard c : answer.contacts()) {
      ObjectNode o = contacts.addObject();
      o.put("name", c.name());
      o.put("role", c.role());
      o.put("how", c.how());
    }
    if (answer.eqia() == null) json.putNull("eqia"); else eqia(json.putObject("eqia"), answer.eqia());
    ArrayNode rules = json.putArray("rules");
    answer.rules().forEach(rules::add);
    paragraphs(json.putArray("paragraphs"), answer.paragraphs());
    return json;
  }

  /** Writes each paragraph as {"kind": "verdict", "text": "EqIA: required."}, with the lead of the contacts. */
  private static void paragraphs(ArrayNode json, List<Paragraph> paragraphs) {
    for (Paragraph paragraph : paragraphs) {
      ObjectNode p = json.addObject();
      p.put("kind", paragraph.kind().wireName());
      p.put("text", paragraph.text());
      if (paragraph.lead() != null) p.put("lead", paragraph.lead());
    }
  }

  private static void eqia(ObjectNode json, EqiaVerdict verdict) {
    json.put("verdict", verdict.verdict().wireName());
    strings(json, "reasons", verdict.reasons());
    strings(json, "consider", verdict.consider());
    strings(json, "aims", verdict.aims());
    strings(json, "next_steps", verdict.nextSteps());
    strings(json, "open_questions", verdict.openQuestions());
    strings(json, "caveats", verdict.caveats());
  }

  private static void strings(ObjectNode json, String name, List<String> values) {
    ArrayNode array = json.putArray(name);
    values.forEach(array::add);
  }
}
