package signpost.knowledge.search;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.regex.Pattern;
import signpost.knowledge.Passage;
import signpost.knowledge.org.Nation;

/**
 * Which nation's law a passage of the built-in guide states, read once per passage: the specific duties differ in England, Wales and Scotland,
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

  /** Returns the nation a question asks about by name ("what are the Welsh specific duties?"); empty for none or several. */
  static Optional<Nation> asked(String question) {
    Set<Nation> named = named(question.toLowerCase(Locale.ROOT));
    return named.size() == 1 ? Optional.of(named.iterator().next()) : Optional.empty();
  }

  /** The nations each passage's headings or opening name, for the passages numbered 0 to {@code maxDoc - 1}. */
  private final AtomicReferenceArray<Set<Nation>> stated;

  /** Returns a judge of the passages of one index, numbered 0 to {@code maxDoc - 1}, each read once. */
  NationalLaw(int maxDoc) {
    this.stated = new AtomicReferenceArray<>(maxDoc);
  }

  /**
   * Returns the weight of passage {@code docId}, which is {@code passage}, for a question under the law of {@code
   * nation} (null when no organisation is in question): {@link #OTHER_NATION} for a built-in passage whose headings or
   * opening name other nations only, 1 for any other ("In England and Wales, ..." is England's law as well as Wales's).
   */
  double weight(int docId, Passage passage, Nation nation) {
    if (nation == null || !passage.document().builtIn()) return 1;
    Set<Nation> named = stated.get(docId);
    if (named == null) {
      String text = passage.text();
      named = named((passage.sectionPath() + "\n" + text.substring(0, Math.min(OPENING, text.length())))
          .toLowerCase(Locale.ROOT));
      stated.set(docId, named);
    }
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
