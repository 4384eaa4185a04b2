package signpost.bot.core;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import signpost.knowledge.search.Hit;

/**
 * Chooses which of the found passages an answer quotes: none unless the best-ranked one covers enough of
 * the question; then only passages that do and hold its key word, an organisation's own words before the built-in guide when they explain the point nearly
 * as well, then close companions.
 */
final class PassageSelection {

  private PassageSelection() {}

  static List<Hit> choose(List<Hit> hits, AnswerPolicy policy) {
    if (hits.isEmpty() || hits.get(0).coverage() < policy.minCoverage()) return List.of();
    List<Hit> reliable = hits.stream().filter(h -> h == hits.get(0) || reliable(h, policy)).toList();
    double best = reliable.get(0).score();
    List<Hit> ordered = new ArrayList<>();
    reliable.stream().filter(h -> !h.passage().document().builtIn() && h.score() >= policy.ownWordsScore() * best)
        .findFirst().ifPresent(ordered::add);
    for (Hit hit : reliable) if (!ordered.contains(hit)) ordered.add(hit);
    List<Hit> chosen = new ArrayList<>();
    Set<String> texts = new HashSet<>();
    for (Hit hit : ordered) {
      if (chosen.size() == policy.maxPassages()) break;
      boolean close = hit.score() >= policy.companionScore() * best;
      if ((chosen.isEmpty() || close) && texts.add(hit.passage().text())) chosen.add(hit);
    }
    return chosen;
  }

  /** A passage is relied on when it covers enough of the question and holds its key words: on the point, not near it. */
  private static boolean reliable(Hit hit, AnswerPolicy policy) {
    return hit.coverage() >= policy.minCoverage() && hit.onTopic();
  }
}
