package signpost.knowledge.search;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import signpost.knowledge.Passage;
import signpost.knowledge.org.Nation;

/**
 * Which nation's law a passage of the built-in guide states: the specific duties differ in England, Wales and Scotland,
 * so a passage of another nation's duties ("Scottish public bodies must publish equality outcomes at least every four
 * years") is not the answer for an organisation in England, unless the question asks about that nation.
 */
final class NationalLaw {

  /** How much a built-in passage of another nation's law weighs for an organisation's question. */
  static final double OTHER_NATION = 0.5;

  private static final Pattern WALES = Pattern.compile("\\b(?:wales|welsh)\\b");
  private static final Pattern SCOTLAND = Pattern.compile("\\b(?:scotland|scottish)\\b");
  private static final Pattern ENGLAND = Pattern.compile("\\b(?:england|english)\\b");
  /** How far into a passage its opening, which says whose law it states, runs. */
  private static final int OPENING = 120;

  private NationalLaw() {}

  /** Returns the nation a question asks about by name ("what are the Welsh specific duties?"); empty for none or several. */
  static Optional<Nation> asked(String question) {
    Set<Nation> named = named(question.toLowerCase(Locale.ROOT));
    return named.size() == 1 ? Optional.of(named.iterator().next()) : Optional.empty();
  }

  /**
   * Returns the weight of a passage for a question under the law of {@code nation} (null when no organisation is in
   * question): {@link #OTHER_NATION} for a built-in passage whose headings or opening name other nations only, 1 for any
   * other ("In England and Wales, ..." is England's law as well as Wales's).
   */
  static double weight(Passage passage, Nation nation) {
    if (nation == null || !passage.document().builtIn()) return 1;
    String text = passage.text();
    Set<Nation> named = named((passage.sectionPath() + "\n" + text.substring(0, Math.min(OPENING, text.length())))
        .toLowerCase(Locale.ROOT));
    return named.isEmpty() || named.contains(nation) ? 1 : OTHER_NATION;
  }

  private static Set<Nation> named(String lower) {
    Set<Nation> named = EnumSet.noneOf(Nation.class);
    if (ENGLAND.matcher(lower).find()) named.add(Nation.ENGLAND);
    if (WALES.matcher(lower).find()) named.add(Nation.WALES);
    if (SCOTLAND.matcher(lower).find()) named.add(Nation.SCOTLAND);
    return named;
  }
}
