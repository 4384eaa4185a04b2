package signpost.bot.core;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import signpost.knowledge.Passage;
import signpost.knowledge.search.Hit;
import signpost.knowledge.search.Quote;
import signpost.knowledge.search.Results;
import signpost.knowledge.search.Snippet;

/**
 * A document giving each of its objectives a part of its own ("Objective 1: Closing our awarding gaps", "Objective 2: An
 * accessible university" ...) answers "what are our equality objectives?" by their headings together, which no one
 * passage holds: the passages found quote one or two of them, each under its own heading. Asked for them all (the
 * label in the plural), the headings of the numbered parts beside the one found are quoted as a list first, cited to
 * the part they are under.
 */
final class NumberedParts {

  /** A numbered part's heading: its label, its number or letter, then its name. */
  private static final Pattern NUMBERED = Pattern.compile(
      "^(\\p{Lu}\\p{L}+(?:\\s+\\p{L}+){0,2})\\s+(?:\\d{1,2}|[A-Z]|[IVX]{1,4})\\s*[:.\\u2013\\u2014-]\\s+\\S.*$");
  /** How many of the best quotes are looked at for a numbered part. */
  private static final int LOOKED_AT = 3;
  /** How many passages either side of the one found its fellow parts may be. */
  private static final int WITHIN = 40;
  /** How many numbered parts make a list worth quoting. */
  private static final int AT_LEAST = 3;

  private NumberedParts() {}

  /**
   * Returns the quotes with the headings of the numbered parts first, where the message asks for them all and one of
   * the best quotes is under one of them; else the quotes as they are.
   */
  static List<Quote> listed(List<Quote> quoted, String message, Results results) {
    for (Quote quote : quoted.subList(0, Math.min(LOOKED_AT, quoted.size()))) {
      Passage passage = quote.hit().passage();
      if (passage.section().isEmpty()) continue;
      Matcher numbered = NUMBERED.matcher(passage.heading());
      if (!numbered.matches() || !asksForAll(message, numbered.group(1))) continue;
      Optional<Hit> hit = results.hits().stream().filter(h -> h.passage().equals(passage)).findFirst();
      if (hit.isEmpty()) continue;
      Optional<Quote> list = list(hit.get(), numbered.group(1), results);
      if (list.isEmpty()) continue;
      List<Quote> with = new ArrayList<>(quoted.size() + 1);
      with.add(list.get());
      with.addAll(quoted);
      return List.copyOf(with);
    }
    return quoted;
  }

  /** Returns the headings of the parts numbered with the label beside the hit's, under the same heading, as a quote. */
  private static Optional<Quote> list(Hit hit, String label, Results results) {
    Passage found = hit.passage();
    int depth = found.section().size();
    List<String> above = found.section().subList(0, depth - 1);
    Set<String> headings = new LinkedHashSet<>();
    Passage first = null;
    for (Passage passage : results.around(hit, WITHIN)) {
      List<String> section = passage.section();
      if (section.size() != depth || !section.subList(0, depth - 1).equals(above)) continue;
      Matcher numbered = NUMBERED.matcher(passage.heading());
      if (!numbered.matches() || !numbered.group(1).equalsIgnoreCase(label)) continue;
      if (first == null) first = passage;
      headings.add(passage.heading());
    }
    if (headings.size() < AT_LEAST) return Optional.empty();
    String text = String.join("\n", headings.stream().map(h -> "- " + h).toList());
    Passage list = new Passage(found.document(), first.ordinal(), above.isEmpty() ? first.section() : above, first.page(),
        text);
    return Optional.of(new Quote(new Hit(list, hit.score(), hit.coverage(), hit.inScope(), hit.onTopic(), true),
        new Snippet(text, List.of())));
  }

  /** Returns whether the message names the label in the plural: "objectives" for "Objective 4: ...". */
  static boolean asksForAll(String message, String label) {
    String[] words = label.toLowerCase(Locale.ROOT).split("\\s+");
    String last = words[words.length - 1];
    String plural = last.endsWith("y") && last.length() > 2 && "aeiou".indexOf(last.charAt(last.length() - 2)) < 0
        ? last.substring(0, last.length() - 1) + "ies" : last + "s";
    return Pattern.compile("(?i)\\b" + Pattern.quote(plural) + "\\b").matcher(message).find();
  }
}
