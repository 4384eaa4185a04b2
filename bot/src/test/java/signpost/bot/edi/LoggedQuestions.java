package signpost.bot.edi;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import signpost.bot.server.Assistant;

/** Reads what a running assistant's question log holds for an organisation, as the EDI team would see it today. */
public final class LoggedQuestions {

  private LoggedQuestions() {}

  /** Returns each group's example and how many questions it holds, for questions logged in the last day. */
  public static Map<String, Integer> of(Assistant assistant, String organisation) {
    Instant now = Instant.now();
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (QuestionGroup group : assistant.questions().groups(organisation, now.minus(Duration.ofDays(1)), now.plusSeconds(60))) {
      counts.put(group.example(), group.count());
    }
    return counts;
  }
}
