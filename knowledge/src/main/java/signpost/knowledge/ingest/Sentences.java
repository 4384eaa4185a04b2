package signpost.knowledge.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits long text at sentence ends into pieces no longer than a limit. A full stop after an abbreviation
 * ("e.g.", "Cllr.", "No.") or an initial ("J. Whelan") ends no sentence, and a sentence too long for a
 * piece is cut between words but never between a figure and its unit or the parts of a date.
 */
final class Sentences {

  private static final Pattern BOUNDARY = Pattern.compile("(?<=[.!?][\"'”’)]?)\\s+(?=[\\p{Lu}\\d\"'“‘(])");
  private static final Pattern LAST_WORD = Pattern.compile("(\\p{L}+)\\.$");
  private static final Set<String> ABBREVIATIONS = Set.of("e.g", "eg", "i.e", "ie", "etc", "cf", "vs", "viz", "al",
      "mr", "mrs", "ms", "dr", "prof", "cllr", "rev", "st", "no", "nos", "para", "paras", "ref", "fig", "approx",
      "dept", "inc", "ltd", "co", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
      "s", "ss", "sch", "art", "reg", "p", "pp", "vol", "ch", "sec");
  private static final String MONTHS = "january|february|march|april|may|june|july|august|september|october|november"
      + "|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec";
  // Words that belong to the figure before them: "8.8 %", "£2.6 million", "18 July", "4 years", "30 minutes".
  private static final Pattern UNIT = Pattern.compile("(?i)^(%|per\\s?cent|percent|pence|p|pounds?|million|m|bn|billion"
      + "|thousand|k|years?|months?|weeks?|days?|hours?|minutes?|am|pm|people|staff|employees|residents|" + MONTHS + ")\\b");
  private static final Pattern FIGURE_END = Pattern.compile("[£$€]?\\d[\\d,.]*(st|nd|rd|th)?$");
  private static final Pattern MONTH_END = Pattern.compile("(?i)\\b(" + MONTHS + ")$");

  /** How far past a cut a unit ("per cent", "million") is looked for. */
  private static final int LOOK_AHEAD = 64;

  private Sentences() {}

  /** Returns the text as pieces of at most {@code max} characters, cut between sentences where possible. */
  static List<String> split(String text, int max) {
    List<String> pieces = new ArrayList<>();
    if (text.length() <= max) {
      pieces.add(text);
      return pieces;
    }
    StringBuilder piece = new StringBuilder();
    for (String sentence : sentences(text)) {
      for (String part : hardSplit(sentence, max)) {
        if (!piece.isEmpty() && piece.length() + 1 + part.length() > max) {
          pieces.add(piece.toString());
          piece.setLength(0);
        }
        if (!piece.isEmpty()) piece.append(' ');
        piece.append(part);
      }
    }
    if (!piece.isEmpty()) pieces.add(piece.toString());
    return pieces;
  }

  /** Returns the sentences of the text, in order. */
  static List<String> sentences(String text) {
    List<String> sentences = new ArrayList<>();
    Matcher boundary = BOUNDARY.matcher(text);
    int start = 0;
    while (boundary.find()) {
      String before = text.substring(start, boundary.start());
      if (endsInAbbreviation(before)) continue;
      sentences.add(before.strip());
      start = boundary.end();
    }
    sentences.add(text.substring(start).strip());
    sentences.removeIf(String::isEmpty);
    return sentences;
  }

  private static boolean endsInAbbreviation(String text) {
    Matcher last = LAST_WORD.matcher(text);
    if (!last.find()) return false;
    String word = last.group(1);
    if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) return true;
    int dotted = last.start() >= 2 && text.charAt(last.start() - 1) == '.' ? last.start() - 2 : -1;
    String full = dotted >= 0 ? text.substring(dotted, last.end() - 1) : word;
    return ABBREVIATIONS.contains(full.toLowerCase(Locale.ROOT)) || ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
  }

  /** Returns a sentence longer than {@code max} cut at spaces (or anywhere, failing that), keeping figures whole. */
  private static List<String> hardSplit(String sentence, int max) {
    List<String> parts = new ArrayList<>();
    // Offsets, not ever shorter copies of the rest: a one-line file of megabytes is one sentence.
    int start = 0;
    while (sentence.length() - start > max) {
      if (Thread.currentThread().isInterrupted()) throw new IllegalStateException("interrupted while cutting sentences");
      String window = sentence.substring(start, Math.min(sentence.length(), start + max + LOOK_AHEAD));
      int cut = cut(window, max);
      parts.add(window.substring(0, cut).strip());
      start += cut;
      while (start < sentence.length() && Character.isWhitespace(sentence.charAt(start))) start++;
    }
    String rest = sentence.substring(start);
    if (!rest.isEmpty()) parts.add(rest);
    return parts;
  }

  /** Returns where to cut: the last space within {@code max} that parts no figure from its unit or date. */
  private static int cut(String text, int max) {
    for (int space = text.lastIndexOf(' ', max); space > max / 2; space = text.lastIndexOf(' ', space - 1)) {
      if (!bindsAcross(text.substring(0, space), text.substring(space + 1))) return space;
    }
    int space = text.lastIndexOf(' ', max);
    return space <= 0 ? max : space;
  }

  private static boolean bindsAcross(String before, String after) {
    boolean figureBefore = FIGURE_END.matcher(before).find();
    if (figureBefore && UNIT.matcher(after).find()) return true;
    return MONTH_END.matcher(before).find() && Character.isDigit(after.isEmpty() ? ' ' : after.charAt(0));
  }
}
