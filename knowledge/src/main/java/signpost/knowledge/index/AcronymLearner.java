package signpost.knowledge.index;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the abbreviations documents define, "Long Form (LF)", keeping only those whose letters are
 * the initials of the words before the bracket, so "(2023)" or "(see below)" are never learned.
 */
public final class AcronymLearner {

  private static final Pattern DEFINITION = Pattern.compile(
      "((?:[\\p{L}][\\p{L}'’-]*[,]?\\s+){1,8}?)\\(\\s*([A-Z][A-Za-z&+]{1,9})\\s*\\)");
  private static final Set<String> LINKING = Set.of("and", "of", "for", "the", "in", "on", "to", "&");

  private final Set<Acronym> found = new LinkedHashSet<>();
  /** The initials of runs of capitalised words in documents' titles, by their short form, first seen kept. */
  private final Map<String, Acronym> titled = new LinkedHashMap<>();
  /** The words the texts read write in lower case: a title's initials that spell one ("Care And Repair") are no name. */
  private final Set<String> written = new HashSet<>();

  /** Reads one text and remembers the abbreviations it defines. */
  public void read(String text) {
    Matcher m = DEFINITION.matcher(text);
    while (m.find()) {
      String shortForm = m.group(2);
      String longForm = longForm(m.group(1).strip().split("\\s+"), shortForm);
      if (longForm != null) found.add(new Acronym(shortForm, longForm));
    }
    Matcher word = LOWER_WORD.matcher(text);
    while (word.find()) written.add(word.group());
  }

  /** A word written in lower case, of the lengths a title's initials have. */
  private static final Pattern LOWER_WORD = Pattern.compile("\\b[a-z]{3,5}\\b");
  /** A capitalised word of a title, or a word that links two ("and", "of"). */
  private static final Pattern TITLE_WORD = Pattern.compile("[\\p{L}][\\p{L}'’-]*");
  /** How many letters a title's initials have to be learned: fewer are too often something else. */
  private static final int TITLE_LETTERS_MIN = 3;
  private static final int TITLE_LETTERS_MAX = 5;

  /**
   * Reads a document's title and remembers the initials of each run of its capitalised words as an abbreviation the
   * document is known by, with those words as its long form: people call the "Children and Young People's Equality and
   * Inclusion Plan" "the CYP equality plan". Learned only where no document defines the abbreviation otherwise.
   */
  public void readTitle(String title) {
    List<String> words = new ArrayList<>();
    Matcher m = TITLE_WORD.matcher(title);
    while (m.find()) words.add(m.group());
    for (int start = 0; start < words.size(); start++) {
      if (!capitalised(words.get(start))) continue;
      StringBuilder letters = new StringBuilder();
      for (int end = start; end < words.size(); end++) {
        String word = words.get(end);
        if (LINKING.contains(word.toLowerCase(Locale.ROOT))) continue;
        if (!capitalised(word)) break;
        letters.append(Character.toUpperCase(word.charAt(0)));
        if (letters.length() > TITLE_LETTERS_MAX) break;
        if (letters.length() >= TITLE_LETTERS_MIN) {
          String shortForm = letters.toString();
          titled.putIfAbsent(shortForm, new Acronym(shortForm, String.join(" ", words.subList(start, end + 1))));
        }
      }
    }
  }

  private static boolean capitalised(String word) {
    return Character.isUpperCase(word.charAt(0));
  }

  /** Returns the abbreviations found so far, in the order first seen: those defined, then those of titles. */
  public List<Acronym> acronyms() {
    List<Acronym> all = new ArrayList<>(found);
    Set<String> defined = new HashSet<>();
    for (Acronym acronym : found) defined.add(acronym.shortForm().toLowerCase(Locale.ROOT));
    for (Acronym acronym : titled.values()) {
      String lower = acronym.shortForm().toLowerCase(Locale.ROOT);
      if (!defined.contains(lower) && !written.contains(lower)) all.add(acronym);
    }
    return all;
  }

  /**
   * Returns the shortest tail of words whose initials spell the abbreviation; failing one, the shortest whose initials
   * spell it with one word left out inside ("Equality and Health Inequalities Impact Assessment (EHIA)"), its first and
   * last letters the tail's first and last initials; else null.
   */
  static String longForm(String[] words, String shortForm) {
    String letters = shortForm.replaceAll("[^A-Z]", "").toLowerCase(Locale.ROOT);
    if (letters.length() < 2) return null;
    String exact = tail(words, letters, false);
    return exact != null || letters.length() < LOOSE_FROM ? exact : tail(words, letters, true);
  }

  /** How many letters an abbreviation needs before one word of its long form may go without a letter. */
  private static final int LOOSE_FROM = 4;

  private static String tail(String[] words, String letters, boolean oneLeftOut) {
    for (int start = words.length - 1; start >= 0; start--) {
      StringBuilder initials = new StringBuilder();
      for (int i = start; i < words.length; i++) {
        String word = words[i].replaceAll("[,]", "");
        if (!LINKING.contains(word.toLowerCase(Locale.ROOT))) initials.append(Character.toLowerCase(word.charAt(0)));
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
