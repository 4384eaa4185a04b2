package signpost.bot.conversation;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import signpost.bot.core.AnswerJson;
import signpost.bot.screening.CharacteristicNote;
import signpost.bot.screening.Screening;
import signpost.rules.decision.NextQuestion;

/**
 * Writes a reply in the JSON answer contract with the conversation's fields: {@code conversation}, {@code screening}
 * (null when none is under way) and {@code next}, the question the screening asks next with its quick replies.
 */
public final class ReplyJson {

  private ReplyJson() {}

  /** Returns the reply as one line of JSON. */
  public static String line(Reply reply) {
    return tree(reply).toString();
  }

  /** Returns the reply as a JSON tree. */
  public static ObjectNode tree(Reply reply) {
    ObjectNode json = AnswerJson.tree(reply.answer());
    json.put("conversation", reply.conversation());
    if (reply.screening() == null) json.putNull("screening");
    else screening(json.putObject("screening"), reply.screening());
    NextQuestion next = reply.answer().next();
    if (next == null) {
      json.putNull("next");
    } else {
      ObjectNode n = json.putObject("next");
      n.put("ask", next.slot().wireName());
      n.put("question", next.text());
      ArrayNode replies = n.putArray("replies");
      next.replies().forEach(replies::add);
    }
    return json;
  }

  /** Writes the screening as the contract has it, with each characteristic's impact and evidence beside. */
  public static void screening(ObjectNode json, Screening s) {
    json.put("reference", s.reference());
    json.put("status", s.status().wireName());
    json.put("verdict", s.verdict() == null ? null : s.verdict().wireName());
    json.put("activity", s.activity() == null ? null : s.activity().replace('\n', ' '));
    ArrayNode affected = json.putArray("affected");
    s.affected().forEach(affected::add);
    ArrayNode names = json.putArray("characteristics");
    ArrayNode impacts = json.putArray("impacts");
    for (CharacteristicNote c : s.characteristics()) {
      names.add(c.name());
      ObjectNode i = impacts.addObject();
      i.put("characteristic", c.name());
      i.put("impact", c.impact().wireName());
      i.put("evidence", c.evidence());
    }
    json.put("evidence", s.evidence());
    json.put("engagement", s.engagement());
    json.put("mitigation", s.mitigation());
    json.put("decision_maker", s.decisionMaker());
    json.put("decision_date", s.decisionDate());
    json.put("review_date", s.reviewDate());
    json.put("created", s.created().toString());
    json.put("updated", s.updated().toString());
  }
}
