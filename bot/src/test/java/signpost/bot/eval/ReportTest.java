package signpost.bot.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static signpost.bot.eval.Fixtures.answer;
import static signpost.bot.eval.Fixtures.contact;
import static signpost.bot.eval.Fixtures.contacts;
import static signpost.bot.eval.Fixtures.eqia;
import static signpost.bot.eval.Fixtures.facts;
import static signpost.bot.eval.Fixtures.outOfScope;
import static signpost.bot.eval.Fixtures.question;
import static signpost.bot.eval.Fixtures.verdict;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportTest {

  @TempDir Path dir;

  private static final List<EvalQuestion> QUESTIONS = List.of(
      question("q1", new Expectation(List.of("plan-a"), null, null, null, false)),
      question("q2", new Expectation(List.of("plan-a"), List.of(List.of("due regard")), null, null, false)),
      question("q3", facts(List.of("four years", "4 years"), List.of("149"))),
      question("q4", contacts("eqia super user")),
      question("q5", eqia("required")),
      question("q6", outOfScope()),
      question("q7", outOfScope()),
      question("q8", facts(List.of("anything"))));

  private static List<ObjectNode> answers() {
    ObjectNode refused = answer("q6", "I can only help with equality questions.");
    refused.put("answered", false);
    return List.of(
        answer("q1", "See the plan.", "x.pdf", "plan-a.pdf"),
        answer("q2", "Give Due\u00a0 regard.", "plan-a.pdf", "x.pdf"),
        answer("q3", "It runs for four years."),
        contact(answer("q4", "Ask them."), "EqIA Super Users", "Sign-off"),
        verdict(answer("q5", "Maybe."), "screening"),
        refused,
        answer("q7", "Here is a recipe."));
  }

  private static Map<String, JsonNode> byId(List<? extends JsonNode> answers) {
    Map<String, JsonNode> map = new LinkedHashMap<>();
    answers.forEach(a -> map.put(a.get("id").asText(), a));
    return map;
  }

  private static final String SUMMARY =
      "pass 4/8 (50%) sources 2/2 facts 2/4 eqia 0/1 out-of-scope 1/2 first-source 1/2";

  @Test
  void summary_counts_each_figure() {
    Report report = Scorer.score(QUESTIONS, byId(answers()));

    assertEquals(SUMMARY, report.summary());
    assertEquals(0.5, report.passRate());
    assertEquals(List.of("q3", "q5", "q7", "q8"), report.pass().missed());
    assertEquals(List.of("q1"), report.firstSource().missed());
    assertEquals(List.of("q3", "q8"), report.facts().missed());
    assertEquals(1.0, report.refusalPrecision());
  }

  @Test
  void print_lists_failures_misses_refusals_then_the_summary() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    Scorer.score(QUESTIONS, byId(answers())).print(new PrintStream(bytes, true, StandardCharsets.UTF_8));

    assertEquals(List.of(
            "FAIL q3 'Question q3?': missing fact [149]",
            "FAIL q5 'Question q5?': eqia screening not in [required]",
            "FAIL q7 'Question q7?': answered an out-of-scope question",
            "FAIL q8 'Question q8?': no answer",
            "missed: sources [] facts [q3, q8] eqia [q5] out-of-scope [q7] first-source [q1]",
            "refusals: 1, precision 1.00, recall 1/2",
            SUMMARY),
        bytes.toString(StandardCharsets.UTF_8).lines().toList());
  }

  @Test
  void refusing_an_in_scope_question_lowers_refusal_precision() {
    ObjectNode refused = answer("q1", "Sorry.");
    refused.put("answered", false);

    Report report = Scorer.score(List.of(question("q1", facts(List.of("x")))), byId(List.of(refused)));

    assertEquals(0.0, report.refusalPrecision());
  }

  @Test
  void percentage_rounds_half_to_even_as_python_does() {
    List<EvalQuestion> questions = new ArrayList<>();
    List<ObjectNode> answers = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      questions.add(question("q" + i, facts(List.of("yes"))));
      answers.add(answer("q" + i, i == 0 ? "yes" : "no"));
    }

    assertEquals("pass 1/8 (12%) sources 0/0 facts 1/8 eqia 0/0 out-of-scope 0/0 first-source 0/0",
        Scorer.score(questions, byId(answers)).summary());
  }

  @Test
  void empty_question_list_scores_zero_of_zero() {
    Report report = Scorer.score(List.of(), Map.of());

    assertEquals("pass 0/0 (0%) sources 0/0 facts 0/0 eqia 0/0 out-of-scope 0/0 first-source 0/0", report.summary());
    assertEquals(0.0, report.passRate());
  }

  @Test
  void summary_matches_the_reference_scorer() throws IOException, InterruptedException {
    List<String> lines = ScorePy.run(dir, QUESTIONS, answers());

    assertEquals(SUMMARY, lines.get(lines.size() - 1));
    assertEquals(Scorer.score(QUESTIONS, byId(answers())).summary(), lines.get(lines.size() - 1));
  }

  @Test
  void rounded_summary_matches_the_reference_scorer() throws IOException, InterruptedException {
    List<EvalQuestion> questions = new ArrayList<>();
    List<ObjectNode> answers = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      questions.add(question("q" + i, facts(List.of("yes"))));
      answers.add(answer("q" + i, i == 0 ? "no" : "yes"));
    }

    List<String> lines = ScorePy.run(dir, questions, answers);

    assertEquals(Scorer.score(questions, byId(answers)).summary(), lines.get(lines.size() - 1));
  }

  @Test
  void answered_must_be_json_true_as_in_the_reference_scorer() throws IOException, InterruptedException {
    ObjectNode a = answer("q1", "due regard");
    a.put("answered", "true");
    List<EvalQuestion> questions = List.of(question("q1", facts(List.of("due regard"))));

    List<String> lines = ScorePy.run(dir, questions, List.of(a));

    assertEquals(lines.get(lines.size() - 1), Scorer.score(questions, byId(List.of(a))).summary());
  }
}
