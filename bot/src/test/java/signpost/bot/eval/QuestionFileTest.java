package signpost.bot.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuestionFileTest {

  @TempDir Path dir;

  private Path write(String... lines) throws IOException {
    return Files.write(dir.resolve("questions.jsonl"), List.of(lines));
  }

  @Test
  void every_expectation_is_read() throws IOException {
    Path file = write("{\"id\": \"d05\", \"question\": \"Do I need an EqIA?\", \"org\": \"cambridgeshire\", \"expect\": "
        + "{\"sources\": [\"plan-a\"], \"facts\": [[\"four years\", \"4 years\"], [\"149\"]], "
        + "\"contacts\": [\"eqia super user\"], \"eqia\": [\"required\"], \"out_of_scope\": true}}");

    assertEquals(List.of(new EvalQuestion("d05", "Do I need an EqIA?", "cambridgeshire", new Expectation(
            List.of("plan-a"), List.of(List.of("four years", "4 years"), List.of("149")), List.of("eqia super user"),
            List.of("required"), true))),
        QuestionFile.read(file));
  }

  @Test
  void missing_expectations_are_null_and_null_org_is_unknown() throws IOException {
    Path file = write("{\"id\": \"d01\", \"question\": \"What is the PSED?\", \"org\": null, \"expect\": {}}",
        "", "{\"id\": \"d02\", \"question\": \"What is due regard?\"}");

    assertEquals(List.of(
            new EvalQuestion("d01", "What is the PSED?", null, new Expectation(null, null, null, null, false)),
            new EvalQuestion("d02", "What is due regard?", null, new Expectation(null, null, null, null, false))),
        QuestionFile.read(file));
  }

  @Test
  void bad_line_is_named_by_file_and_line() throws IOException {
    Path file = write("{\"id\": \"d01\", \"question\": \"What is the PSED?\"}", "", "{\"id\": \"d03\"}");

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> QuestionFile.read(file));

    assertEquals(file + ":3: not a question: needs id and question", e.getMessage());
  }

  @Test
  void line_that_is_not_json_is_named_by_file_and_line() throws IOException {
    Path file = write("{\"id\": \"d01\", \"question\": ");

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> QuestionFile.read(file));

    assertTrue(e.getMessage().startsWith(file + ":1: not a question: "), e.getMessage());
  }

  @Test
  void shared_development_questions_are_all_read() throws IOException {
    String property = System.getProperty("signpost.shared", "../../shared");
    Path dev = Path.of(property).resolve("eval").resolve("dev.jsonl");
    long lines = Files.readAllLines(dev).stream().filter(l -> !l.isBlank()).count();

    assertEquals(lines, QuestionFile.read(dev).size());
  }
}
