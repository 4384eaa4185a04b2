package signpost.rules.features;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import signpost.rules.RulesException;
import signpost.rules.SectionFile;

/**
 * A list of phrases per enum constant, read from a resource file: {@code [CONSTANT]} starts a section,
 * then one phrase a line (see {@link Phrase} for stems, {@code *} and {@code ...}). A line starting with
 * {@code -} is an exception of its section: where it matches, the section's phrases do not count there
 * ("-bus stop" keeps "stop" from meaning stopping a service); it matches the words as written, not their stems. Phrases match whole words, so "age" never
 * matches "manager". A negated list also ignores a phrase that a "not", "no" or "nothing" shortly before it
 * in the same clause denies ("nothing else is changing"), or that its clause goes on to say is untouched ("suppliers
 * won't see any difference", "residents will not be affected").
 *
 * @param <E> the enum the sections name
 */
public final class PhraseList<E extends Enum<E>> {

  /** How many words before a phrase a negation reaches. */
  private static final int NEGATION_WINDOW = 3;
  /** How many words after a phrase its clause may say it is untouched ("suppliers and the public won't see any difference"). */
  private static final int DENIAL_WINDOW = 6;

  private record Entry<E>(E value, Phrase phrase, boolean exception) {}

  private final Class<E> type;
  private final List<Entry<E>> entries;
  private final boolean negated;
  /** Whether a clause that opens "same ..." keeps what it names as it is ("same cost to teams"). */
  private final boolean keptBySame;
  /** The entries (by position, exceptions left out) whose first word is this word as written. */
  private final Map<String, int[]> bySurface;
  /** The entries whose first word matches by this stem. */
  private final Map<String, int[]> byStem;
  /** The entries whose first word is a prefix ("discriminat*"): looked at for every text. */
  private final int[] byPrefix;

  private PhraseList(Class<E> type, List<Entry<E>> entries, boolean negated, boolean keptBySame) {
    this.type = type;
    this.entries = List.copyOf(entries);
    this.negated = negated;
    this.keptBySame = keptBySame;
    // A phrase can only occur where its first word does: a text is held against the few phrases whose first word it
    // has, not against every phrase of the list.
    Map<String, List<Integer>> surface = new HashMap<>();
    Map<String, List<Integer>> stem = new HashMap<>();
    List<Integer> prefix = new ArrayList<>();
    for (int i = 0; i < this.entries.size(); i++) {
      Entry<E> entry = this.entries.get(i);
      if (entry.exception()) continue;
      Phrase.Pattern first = entry.phrase().words().get(0);
      if (first.prefix()) {
        prefix.add(i);
        continue;
      }
      surface.computeIfAbsent(first.surface(), k -> new ArrayList<>()).add(i);
      if (first.stem() != null) stem.computeIfAbsent(first.stem(), k -> new ArrayList<>()).add(i);
    }
    this.bySurface = positions(surface);
    this.byStem = positions(stem);
    this.byPrefix = prefix.stream().mapToInt(Integer::intValue).toArray();
  }

  private static Map<String, int[]> positions(Map<String, List<Integer>> lists) {
    Map<String, int[]> out = new HashMap<>();
    lists.forEach((word, list) -> out.put(word, list.stream().mapToInt(Integer::intValue).toArray()));
    return Map.copyOf(out);
  }

  /**
   * Returns the phrase list in {@code resource}.
   *
   * @throws RulesException when the file is missing, names a section that is not a constant of
   *     {@code type}, or holds a phrase without a word, with the file and line
   */
  public static <E extends Enum<E>> PhraseList<E> load(String resource, Class<E> type) {
    return of(resource, type, SectionFile.load(resource, "phrase list", type, "section", "phrase"));
  }

  static <E extends Enum<E>> PhraseList<E> parse(String name, BufferedReader reader, Class<E> type) throws IOException {
    return of(name, type, SectionFile.parse(name, reader, type, "section", "phrase"));
  }

  private static <E extends Enum<E>> PhraseList<E> of(String name, Class<E> type, List<SectionFile.Entry<E>> lines) {
    List<Entry<E>> entries = new ArrayList<>();
    for (SectionFile.Entry<E> line : lines) {
      boolean exception = line.text().startsWith("-");
      String text = exception ? line.text().substring(1) : line.text();
      try {
        entries.add(new Entry<>(line.section(), Phrase.parse(text, !exception), exception));
      } catch (IllegalArgumentException e) {
        throw new RulesException(name + ":" + line.line() + ": " + e.getMessage());
      }
    }
    return new PhraseList<>(type, entries, false, false);
  }

  /**
   * Returns this list matching words as written only, for phrases whose inflections differ in meaning
   * ("equalities" asks about equality work; "equality" alone does not).
   */
  public PhraseList<E> exact() {
    return new PhraseList<>(type, entries.stream().map(e -> new Entry<>(e.value(), e.phrase().withoutStems(), e.exception())).toList(),
        negated, keptBySame);
  }

  /** Returns this list, ignoring phrases that a negation shortly before them denies. */
  public PhraseList<E> negated() {
    return new PhraseList<>(type, entries, true, keptBySame);
  }

  /**
   * Returns this list, ignoring too what a clause opening with "same" names after it: "same print cards, same cost to
   * teams" leaves the teams as they are. For lists of people, not of changes, whose own phrases say "same".
   */
  public PhraseList<E> keptBySame() {
    return new PhraseList<>(type, entries, negated, true);
  }

  /** Returns the constants whose phrases occur in the text. */
  public Set<E> find(String text) {
    return findIn(Words.of(text));
  }

  /** Returns the constants whose phrases occur in the words. */
  Set<E> findIn(Words words) {
    BitSet candidates = new BitSet(entries.size());
    for (int i = 0; i < words.size(); i++) {
      mark(candidates, bySurface.get(words.surface(i)));
      mark(candidates, byStem.get(words.stem(i)));
    }
    mark(candidates, byPrefix);
    Set<E> found = EnumSet.noneOf(type);
    for (int i = candidates.nextSetBit(0); i >= 0; i = candidates.nextSetBit(i + 1)) {
      Entry<E> entry = entries.get(i);
      if (!found.contains(entry.value()) && occurs(words, entry)) found.add(entry.value());
    }
    return found;
  }

  private static void mark(BitSet candidates, int[] positions) {
    if (positions == null) return;
    for (int position : positions) candidates.set(position);
  }

  /** Returns the phrases of the text that matched, as "CONSTANT: phrase", for explanations. */
  public List<String> matches(String text) {
    Words words = Words.of(text);
    List<String> out = new ArrayList<>();
    for (Entry<E> entry : entries) {
      if (!entry.exception() && occurs(words, entry)) out.add(entry.value() + ": " + entry.phrase().text());
    }
    return out;
  }

  private boolean occurs(Words words, Entry<E> entry) {
    int[] end = new int[1];
    for (int start = entry.phrase().find(words, 0, end); start >= 0; start = entry.phrase().find(words, start + 1, end)) {
      // A phrase that is itself a denial ("nobody ... affected") is not denied again by what follows it.
      if (negated && (words.negatedAt(start, NEGATION_WINDOW)
          || !words.negatorWithin(start, end[0]) && words.deniedAfter(end[0], DENIAL_WINDOW))) {
        continue;
      }
      if (keptBySame && words.inClauseOpenedBySame(start)) continue;
      if (!excepted(words, entry.value(), start, end[0])) return true;
    }
    return false;
  }

  /** Returns true when an exception of the same section matches words overlapping [start, end). */
  private boolean excepted(Words words, E value, int start, int end) {
    int[] stop = new int[1];
    for (Entry<E> entry : entries) {
      if (!entry.exception() || entry.value() != value) continue;
      for (int s = entry.phrase().find(words, 0, stop); s >= 0; s = entry.phrase().find(words, s + 1, stop)) {
        if (s < end && stop[0] > start) return true;
      }
    }
    return false;
  }
}
