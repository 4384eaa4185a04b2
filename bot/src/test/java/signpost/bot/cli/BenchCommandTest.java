package signpost.bot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import signpost.bot.core.Question;

class BenchCommandTest {

  private static final List<Question> QUESTIONS = List.of(
      new Question("a", "first?", null), new Question("b", "second?", null), new Question("c", "third?", null));

  @Test
  void theSlowestQuestionsAreNamedByTheirMedianOverTheRoundsNotByOneSlowAsk() {
    BenchCommand.Latencies latencies = new BenchCommand.Latencies();
    // Three rounds of a, b, c: "a" once very slow (a pause), "c" steadily the slowest.
    long[][] rounds = {{90_000_000, 2_000_000, 3_000_000}, {1_000_000, 2_000_000, 3_000_000}, {1_000_000, 2_100_000, 3_100_000}};
    for (long[] round : rounds) for (long nanos : round) latencies.add(nanos);

    assertEquals(List.of("c 3.00 ms", "b 2.00 ms"), BenchCommand.slowest(latencies, QUESTIONS, 2));
  }

  @Test
  void noRoundsNameNoQuestion() {
    assertEquals(List.of(), BenchCommand.slowest(new BenchCommand.Latencies(), QUESTIONS, 2));
  }
}
