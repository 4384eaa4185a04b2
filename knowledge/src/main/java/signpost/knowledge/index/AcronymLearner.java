package signpost.knowledge.index;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the abbreviations documents define, "Long Form (LF)" or in a table of abbreviations, keeping only those whose
 * letters are the initials of the words before the bracket, or of the meaning, so "(2023)" or "(see below)" are never
 * learned.
 */
public final class AcronymLearner {

  private static final Pattern DEFINITION = Pattern.compile(
      "((?:[\\p{L}][\\p{L}'’-]*[,]?\\s+){1,8}?)\\(\\s*([A-Z][A-Za-z&+]{1,9})\\s*\\)");
  /**
   * A table of abbreviations, as its rows read: "Abbreviation: PAC; Meaning: Pre-assessment check (stage 1 of an FEA)";
   * the meaning up to any bracket or next cell.
   */
  private static final Pattern TABLE_ROW = Pattern.compile("(?:^|; )(?i:abbreviations?|acronyms?|short forms?|initials)"
      + ": ([A-Z][A-Za-z&+]{1,9}); (?i:meaning|stands for|full forms?|in full|full names?|what it means|definition)"
      + ": ([^;(\\n]+)");
  private static final Set<String> LINKING = Set.of("and", "of", "for", "the", "in", "on", "to", "&");

  private final Set<Acronym> found = new LinkedHashSet<>();

  /** Reads one text and remembers the abbreviations it defines. */
  public void read(String text) {
    Matcher m = DEFINITION.matcher(text);
    while (m.find()) learn(m.group(2), m.group(1));
    Matcher row = TABLE_ROW.matcher(text);
    while (row.find()) learn(row.group(1), row.group(2));
  }

  /** Remembers the abbreviation when its letters are the initials of words ending the text before it, or its meaning. */
  private void learn(String shortForm, String words) {
    String longForm = longForm(words.strip().split("\\s+"), shortForm);
    if (longForm != null) found.add(new Acronym(shortForm, longForm));
  }

  /** Returns the abbreviations found so far, in the order first seen. */
  public List<Acronym> acronyms() {
    return new ArrayList<>(found);
  }

  /**
   * Returns the shortest tail of words whose initials spell the abbreviation; failing one, the shortest whose initials
   * spell it with one word left out inside ("Equality and Health Inequalities Impact Assessment (EHIA)"), its first and
   * last letters the tail's first and last initials; else null.
   */
  static String longForm(String[] words, String shortForm) {
    String letters = shortForm.replaceAll("[^A-Z]", "").toLowerCase(Locale.ROOT);
    if (letters.length() < 2) return null;
    String exact = tail(words, letters, false, false);
    // A hyphenated word gives a letter for each part: "Pre-assessment check (PAC)".
    if (exact == null) exact = tail(words, letters, false, true);
    return exact != null || letters.length() < LOOSE_FROM ? exact : tail(words, letters, true, false);
  }

  /** How many letters an abbreviation needs before one word of its long form may go without a letter. */
  private static final int LOOSE_FROM = 4;

  private static String tail(String[] words, String letters, boolean oneLeftOut, boolean byParts) {
    for (int start = words.length - 1; start >= 0; start--) {
      StringBuilder initials = new StringBuilder();
      for (int i = start; i < words.length; i++) {
        String word = words[i].replaceAll("[,]", "");
        if (LINKING.contains(word.toLowerCase(Locale.ROOT))) continue;
        for (String part : byParts ? word.split("-") : new String[] {word}) {
          if (!part.isEmpty()) initials.append(Character.toLowerCase(part.charAt(0)));
        }
      }
      if (LINKING.contains(words[start].toLowerCase(Locale.ROOT))) continue;
      if (oneLeftOut ? spellsLeavingOneOut(initials.toString(), letters) : initials.toString().equals(letters)) {
        return String.join(" ", java.util.Arrays.copyOfRange(words, start, words.length)).replace(",", "");
      }
    }
    return null;
  }

  /** Returns whether the letters are the initials with one inner initial left out. */
  private static boolean spellsLeavingOneOut(String initials, String letters) {
    if (initials.length() != letters.length() + 1) return false;
    for (int out = 1; out < initials.length() - 1; out++) {
      if ((initials.substring(0, out) + initials.substring(out + 1)).equals(letters)) return true;
    }
    return false;
  }
}
