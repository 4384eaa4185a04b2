package signpost.knowledge.search;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import signpost.knowledge.KnowledgeBase;
import signpost.knowledge.LoadOptions;

/** Asks a real index (a document and the built-in guide, synonyms and all) questions built to break a query. */
class QuestionBoundTest {

  private static final int MAX_QUESTION_CHARS = 2_000;

  @TempDir static Path dir;
  private static KnowledgeBase knowledge;

  @BeforeAll
  static void load() throws IOException {
    Files.writeString(dir.resolve("duty.md"), "# Equality duty\n\n## Our duty\n\n"
        + "The public sector equality duty (PSED) applies to every decision the council takes.\n");
    knowledge = KnowledgeBase.load(LoadOptions.of(List.of(dir)));
  }

  @AfterAll
  static void close() {
    knowledge.close();
  }

  private static String repeated(String word, Function<Integer, String> next) {
    StringBuilder question = new StringBuilder();
    for (int i = 0; question.length() + next.apply(i).length() + 1 <= MAX_QUESTION_CHARS; i++) {
      question.append(next.apply(i)).append(' ');
    }
    return question.toString().strip();
  }

  @Test
  void an_abbreviation_with_synonyms_repeated_250_times_is_searched_not_thrown() {
    String question = String.join(" ", java.util.Collections.nCopies(250, "PSED"));

    Results results = knowledge.search(new SearchRequest(question, null, 5));

    assertFalse(results.hits().isEmpty());
    assertTrue(results.hits().get(0).passage().text().contains("equality duty"), results.hits().get(0).passage().text());
  }

  @Test
  void three_hundred_and_forty_two_distinct_rare_words_are_searched_not_thrown() {
    List<String> words = new ArrayList<>();
    for (int i = 0; i < 342; i++) words.add("q" + (char) ('a' + i / 26 % 26) + (char) ('a' + i % 26) + "x");
    String question = String.join(" ", words);
    assertTrue(question.length() < MAX_QUESTION_CHARS);

    assertDoesNotThrow(() -> knowledge.search(new SearchRequest(question, null, 5)));
  }

  @Test
  void any_question_up_to_the_length_limit_made_of_the_guide_s_own_words_is_searched_not_thrown() {
    List<String> hostile = List.of(
        repeated("", i -> "PSED EqIA"),
        repeated("", i -> "public sector equality duty"),
        repeated("", i -> "equality"),
        repeated("", i -> "a"),
        repeated("", i -> List.of("PSED", "EqIA", "EIA", "BAME", "LGBT", "SEND", "HR", "EDI", "DPIA").get(i % 9) + i),
        repeated("", i -> "disability race sex religion belief age pregnancy maternity marriage gender reassignment"));

    for (String question : hostile) {
      assertTrue(question.length() <= MAX_QUESTION_CHARS);
      assertDoesNotThrow(() -> knowledge.search(new SearchRequest(question, null, 5)), question.substring(0, 40));
    }
  }

  @Test
  void a_question_of_ordinary_length_is_searched_as_asked() {
    String question = "Do we need an EqIA when we close the library and the library staff move to the town hall?";

    assertEquals(question, QuestionBound.of(question, QuestionBound.MAX_WORDS));
  }

  @Test
  void a_long_question_is_read_as_its_first_distinct_words() {
    assertEquals("PSED duty", QuestionBound.of("PSED PSED duty PSED duty psed", 4));
  }
}
