package signpost.bot.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import signpost.knowledge.Passage;
import signpost.knowledge.search.Hit;

/**
 * Chooses which of the found passages an answer quotes: none unless the best-ranked one covers enough of
 * the question; then only passages that do and hold its key word, an organisation's own words before the built-in guide when they explain the point nearly
 * as well, then close companions.
 */
final class PassageSelection {

  /** How much of the question a lower-ranked passage must cover to be relied on when the best-ranked one is not. */
  static final double NEARLY_ALL = 0.75;

  /** How much more of the question a close passage must cover to go before the best-ranked one. */
  static final double FULLER_BY = 0.15;
  /** How close (as a share of the best score) that passage must score. */
  static final double CLOSE_ENOUGH = 0.65;

  private PassageSelection() {}

  static List<Hit> choose(List<Hit> hits, AnswerPolicy policy) {
    Hit lead = lead(hits, policy);
    if (lead == null) return List.of();
    List<Hit> reliable = new ArrayList<>(List.of(lead));
    hits.stream().filter(h -> h != lead && reliable(h, policy)).forEach(reliable::add);
    double best = lead.score();
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
    introduced(chosen.get(0), hits).filter(before -> !chosen.contains(before)).ifPresent(before -> chosen.add(0, before));
    continued(chosen, hits, policy.maxPassages());
    shapedBeside(chosen, hits, policy.maxPassages());
    answeredOn(chosen, hits, policy.maxPassages());
    return chosen;
  }

  /**
   * Puts after the lead, when it answers a question its heading asks (an FAQ's "I have a disability. Do I have to tell
   * my manager, and what can I ask for?"), the next passage of that answer where it was found too: an answer written in
   * paragraphs is one answer. Where there is room for no more, it takes the last place.
   */
  private static void answeredOn(List<Hit> chosen, List<Hit> hits, int maxPassages) {
    if (chosen.isEmpty()) return;
    Passage lead = chosen.get(0).passage();
    List<String> section = lead.section();
    if (section.isEmpty() || !section.get(section.size() - 1).strip().endsWith("?")) return;
    Optional<Hit> next = hits.stream().filter(h -> !chosen.contains(h) && h.passage().inSameSectionAs(lead)
        && h.passage().ordinal() == lead.ordinal() + 1).findFirst();
    if (next.isEmpty()) return;
    if (chosen.size() >= maxPassages) chosen.remove(chosen.size() - 1);
    chosen.add(1, next.get());
  }

  /**
   * Puts after the lead, when no chosen passage has the shape the question asks for (a person for "who ...?", a number
   * for "how many ...?"), the best-ranked found passage of the lead's section that has it: "Spectrum is our network for
   * ..." answers "who runs the LGBT network?" only with "- Co-chairs: Jordan Ellis ..." a few lines on. Where there is
   * room for no more, it takes the last place. Or, from elsewhere, a passage of the shape scoring close to the lead.
   */
  private static void shapedBeside(List<Hit> chosen, List<Hit> hits, int maxPassages) {
    if (chosen.isEmpty() || chosen.stream().anyMatch(Hit::shaped)) return;
    Passage lead = chosen.get(0).passage();
    double best = chosen.get(0).score();
    // Or, elsewhere, one of the shape that scores close to the lead: a glossary's "Care leavers: for IIA purposes,
    // people up to their 25th birthday ..." for "... who counts as a care leaver?", beside a table's row on them.
    Optional<Hit> beside = hits.stream().filter(h -> h.shaped() && !chosen.contains(h)
        && (h.passage().inSameSectionAs(lead) || h.score() >= CLOSE_ENOUGH * best)).findFirst();
    if (beside.isEmpty()) return;
    if (chosen.size() >= maxPassages) chosen.remove(chosen.size() - 1);
    chosen.add(1, beside.get());
  }

  /** How many passages after an introduction ending in a colon may hold what it introduces (a list, a table's rows). */
  static final int INTRODUCES_UP_TO = 4;

  /**
   * Puts after each chosen passage that only introduces what follows ("We have twelve equality objectives ..., these
   * include:") the best-ranked found passage among the few after it in its section (the table row on the point), so
   * the introduction is never quoted without its substance (where there is room for one of the two only, the
   * substance); passages beyond the most an answer quotes drop off the end.
   */
  private static void continued(List<Hit> chosen, List<Hit> hits, int maxPassages) {
    for (int i = 0; i < chosen.size(); i++) {
      Passage intro = chosen.get(i).passage();
      if (!intro.text().stripTrailing().endsWith(":")) continue;
      Optional<Hit> next = hits.stream().filter(h -> follows(h.passage(), intro)).findFirst();
      if (next.isEmpty() || (i + 1 < chosen.size() && chosen.get(i + 1) == next.get())) continue;
      int at = chosen.indexOf(next.get());
      if (at >= 0 && at < i) continue;
      if (at >= 0) chosen.remove(at);
      if (i + 1 < maxPassages) chosen.add(i + 1, next.get());
      else chosen.set(i, next.get());
    }
    while (chosen.size() > maxPassages) chosen.remove(chosen.size() - 1);
  }

  private static boolean follows(Passage passage, Passage intro) {
    int after = passage.ordinal() - intro.ordinal();
    return after >= 1 && after <= INTRODUCES_UP_TO && passage.document().id().equals(intro.document().id())
        && !intro.section().isEmpty() && passage.section().equals(intro.section());
  }

  /**
   * Returns the passage just before the lead in the same section when it was found ranked higher than the lead: a
   * passage is indexed with the words of the one before it, which introduces it, so the lead may have been chosen for
   * words that passage holds ("Members ... meet during work hours", then "The peer groups include: ..."); the two
   * are quoted together, in the document's order.
   */
  private static Optional<Hit> introduced(Hit lead, List<Hit> hits) {
    return hits.stream().filter(h -> h.score() > lead.score() && lead.passage().introducedBy(h.passage())).findFirst();
  }

  /**
   * Returns the passage an answer rests on: the best-ranked one when it covers enough of the question, unless a
   * close one covers clearly more of it ("by March 2023" over "by March 2025"); else a lower-ranked one that covers
   * nearly all of it and holds its key word (general passages on a frequent topic can outrank the one passage that
   * answers the point), or a close passage of the organisation's own documents that covers enough; null when there
   * is none.
   */
  private static Hit lead(List<Hit> hits, AnswerPolicy policy) {
    if (hits.isEmpty()) return null;
    Hit top = hits.get(0);
    List<Hit> full = hits.stream().filter(h -> h.coverage() >= NEARLY_ALL && h.onTopic()).toList();
    if (top.coverage() < policy.minCoverage()) {
      if (!full.isEmpty()) return full.get(0);
      return hits.stream().filter(h -> !h.passage().document().builtIn() && reliable(h, policy)
          && h.score() >= policy.companionScore() * top.score()).findFirst().orElse(null);
    }
    // Of the shape asked for when the best is: "Executive lead: Eleanor Whitfield" answers "who's the exec lead for
    // ...", however fully the objective's "Why: ..." beside it covers the question's other words.
    Hit fuller = full.stream().filter(h -> h.score() >= CLOSE_ENOUGH * top.score() && (h.shaped() || !top.shaped()))
        .max(Comparator.comparingDouble(Hit::coverage)).orElse(null);
    boolean clearlyFuller = fuller != null && fuller.coverage() >= top.coverage() + FULLER_BY;
    return clearlyFuller ? fuller : top;
  }

  /** A passage is relied on when it covers enough of the question and holds its key words: on the point, not near it. */
  private static boolean reliable(Hit hit, AnswerPolicy policy) {
    return hit.coverage() >= policy.minCoverage() && hit.onTopic();
  }
}
