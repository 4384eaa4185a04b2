package signpost.bot.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Judges answers (in the JSON answer contract) against questions, as the evaluation README defines. */
public final class Scorer {

  private Scorer() {}

  /** Returns why the answer fails the question; empty when it passes. */
  public static List<String> judge(EvalQuestion q, JsonNode a) {
    Expectation e = q.expect();
    List<String> why = new ArrayList<>();
    String text = Text.norm(a.path("text").asText(""));
    if (e.outOfScope()) {
      if (!a.path("answered").isBoolean() || a.path("answered").asBoolean()) why.add("answered an out-of-scope question");
      return why;
    }
    if (!isTrue(a.path("answered"))) why.add("not answered");
    if (e.sources() != null) {
      List<String> top = topSources(a);
      if (top.stream().noneMatch(t -> e.sources().stream().anyMatch(x -> t.equals(Text.norm(x))))) why.add("sources " + top);
    }
    if (e.facts() != null) {
      for (List<String> group : e.facts()) {
        if (group.stream().noneMatch(alt -> text.contains(Text.norm(alt)))) why.add("missing fact " + group);
      }
    }
    if (e.contacts() != null) {
      StringBuilder hay = new StringBuilder(text);
      for (JsonNode c : a.path("contacts")) {
        hay.append(' ').append(Text.norm(c.path("name").asText("") + " " + c.path("role").asText("")));
      }
      if (e.contacts().stream().noneMatch(alt -> hay.toString().contains(Text.norm(alt)))) why.add("no contact of " + e.contacts());
    }
    if (e.eqia() != null) {
      String verdict = a.path("eqia").path("verdict").asText(null);
      if (verdict == null || !e.eqia().contains(verdict)) why.add("eqia " + verdict + " not in " + e.eqia());
    }
    return why;
  }

  /** Returns true only for JSON {@code true}, as the reference scorer's {@code is True}. */
  static boolean isTrue(JsonNode value) {
    return value.isBoolean() && value.booleanValue();
  }

  static List<String> topSources(JsonNode a) {
    List<String> top = new ArrayList<>();
    for (JsonNode s : a.path("sources")) {
      if (top.size() == 3) break;
      top.add(Text.stem(s.path("document").asText(null)));
    }
    return top;
  }

  /** Returns the report of all questions; a question without an answer fails with "no answer". */
  public static Report score(List<EvalQuestion> questions, Map<String, JsonNode> answers) {
    Report.Builder report = new Report.Builder();
    for (EvalQuestion q : questions) {
      JsonNode a = answers.get(q.id());
      report.add(q, a, a == null ? List.of("no answer") : judge(q, a));
    }
    return report.build();
  }
}
