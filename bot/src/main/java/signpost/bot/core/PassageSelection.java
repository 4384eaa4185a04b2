package signpost.bot.core;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import signpost.knowledge.search.Hit;

/** Chooses which of the found passages an answer quotes: the best reliable one and close companions. */
final class PassageSelection {

  private PassageSelection() {}

  static List<Hit> choose(List<Hit> hits, AnswerPolicy policy) {
    List<Hit> chosen = new ArrayList<>();
    if (hits.isEmpty() || hits.get(0).coverage() < policy.minCoverage()) return chosen;
    double best = hits.get(0).score();
    Set<String> texts = new HashSet<>();
    for (Hit hit : hits) {
      if (chosen.size() == policy.maxPassages()) break;
      boolean close = hit.score() >= policy.companionScore() * best && hit.coverage() >= policy.minCoverage();
      if ((chosen.isEmpty() || close) && texts.add(hit.passage().text())) chosen.add(hit);
    }
    return chosen;
  }
}
