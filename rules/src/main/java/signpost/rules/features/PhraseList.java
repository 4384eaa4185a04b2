package signpost.rules.features;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import signpost.rules.RulesException;
import signpost.rules.SectionFile;

/**
 * A list of phrases per enum constant, read from a resource file: {@code [CONSTANT]} starts a section,
 * then one phrase a line; a phrase ending in {@code *} also matches longer words ("discriminat*").
 * Phrases match whole words of the normalised question, so "age" never matches "manager".
 *
 * @param <E> the enum the sections name
 */
public final class PhraseList<E extends Enum<E>> {

  /** Runs of anything but letters, digits and "+", which normalising turns into one space. */
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}+]+");

  /**
   * One phrase, with the needle looked for in a haystack: the phrase between spaces, or only after
   * one when it is a prefix.
   */
  private record Phrase<E>(E value, String text, boolean prefix, String needle) {
    Phrase(E value, String text, boolean prefix) {
      this(value, text, prefix, " " + text + (prefix ? "" : " "));
    }
  }

  private final Class<E> type;
  private final List<Phrase<E>> phrases;

  private PhraseList(Class<E> type, List<Phrase<E>> phrases) {
    this.type = type;
    this.phrases = List.copyOf(phrases);
  }

  /**
   * Returns the phrase list in {@code resource}.
   *
   * @throws RulesException when the file is missing or names a section that is not a constant of
   *     {@code type}, with the file and line
   */
  public static <E extends Enum<E>> PhraseList<E> load(String resource, Class<E> type) {
    return of(type, SectionFile.load(resource, "phrase list", type, "section", "phrase"));
  }

  static <E extends Enum<E>> PhraseList<E> parse(String name, BufferedReader reader, Class<E> type) throws IOException {
    return of(type, SectionFile.parse(name, reader, type, "section", "phrase"));
  }

  private static <E extends Enum<E>> PhraseList<E> of(Class<E> type, List<SectionFile.Entry<E>> entries) {
    List<Phrase<E>> phrases = new ArrayList<>();
    for (SectionFile.Entry<E> entry : entries) {
      boolean prefix = entry.text().endsWith("*");
      String phrase = normalise(prefix ? entry.text().substring(0, entry.text().length() - 1) : entry.text());
      phrases.add(new Phrase<>(entry.section(), phrase, prefix));
    }
    return new PhraseList<>(type, phrases);
  }

  /** Returns the constants whose phrases occur in the text. */
  public Set<E> find(String text) {
    return findIn(haystack(text));
  }

  /** Returns the constants whose phrases occur in a {@link #haystack(String)}. */
  Set<E> findIn(String haystack) {
    Set<E> found = EnumSet.noneOf(type);
    for (Phrase<E> phrase : phrases) {
      if (!found.contains(phrase.value()) && occurs(haystack, phrase)) found.add(phrase.value());
    }
    return found;
  }

  /** Returns the phrases of the text that matched, as "CONSTANT: phrase", for explanations. */
  public List<String> matches(String text) {
    String haystack = haystack(text);
    List<String> out = new ArrayList<>();
    for (Phrase<E> phrase : phrases) if (occurs(haystack, phrase)) out.add(phrase.value() + ": " + phrase.text());
    return out;
  }

  private static boolean occurs(String haystack, Phrase<?> phrase) {
    return haystack.contains(phrase.needle());
  }

  /**
   * Returns the text normalised and between spaces, so that every list can look for its phrases in it
   * as whole words; a question is normalised once however many lists read it.
   */
  static String haystack(String text) {
    return " " + normalise(text) + " ";
  }

  /** Lower-cases, drops apostrophes ("what's" is "whats") and reduces other punctuation to spaces. */
  static String normalise(String text) {
    String folded = text.toLowerCase(Locale.ROOT).replace("\u2019", "").replace("'", "");
    return NON_WORD.matcher(folded).replaceAll(" ").strip();
  }
}
