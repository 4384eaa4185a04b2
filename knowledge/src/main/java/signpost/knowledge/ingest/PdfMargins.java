package signpost.knowledge.ingest;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Drops running headers and footers: lines in the top or bottom margin whose text, digits aside,
 * repeats on at least three pages (or on half the pages of a short document), and lone page numbers.
 */
final class PdfMargins {

  static final float MARGIN = 0.08f;
  private static final Pattern PAGE_NUMBER = Pattern.compile(
      "(?i)(page\\s*)?[-–(\\[]?\\s*\\d{1,4}\\s*[-–)\\]]?(\\s*(of|/)\\s*\\d{1,4})?");

  private PdfMargins() {}

  /** Returns the lines without running headers, footers and page numbers. */
  static List<PdfLine> strip(List<PdfLine> lines) {
    int pages = lines.stream().mapToInt(PdfLine::page).max().orElse(0);
    Map<String, Set<Integer>> pagesByText = new HashMap<>();
    for (PdfLine line : lines) {
      if (inMargin(line)) pagesByText.computeIfAbsent(key(line), k -> new HashSet<>()).add(line.page());
    }
    Map<String, Set<Integer>> running = withParts(pagesByText);
    return lines.stream().filter(line -> !inMargin(line) || !isRunning(line, running, pages)).toList();
  }

  /** How long a margin's text must be to be read as part of a longer one: a title, not a word. */
  private static final int PART = 15;

  /**
   * Returns each margin text's pages, with those of the margin texts it is part of or holds: a two-column page reads a
   * running header as two lines ("NPHA Health Equity Team | Guidance note HE-07", then "The Public Sector Equality Duty
   * explained ...") where a page of one column reads it as one.
   */
  private static Map<String, Set<Integer>> withParts(Map<String, Set<Integer>> pagesByText) {
    Map<String, Set<Integer>> joined = new HashMap<>();
    for (Map.Entry<String, Set<Integer>> text : pagesByText.entrySet()) {
      Set<Integer> pages = new HashSet<>(text.getValue());
      String key = text.getKey();
      for (Map.Entry<String, Set<Integer>> other : pagesByText.entrySet()) {
        String otherKey = other.getKey();
        if (otherKey.equals(key) || Math.min(key.length(), otherKey.length()) < PART) continue;
        if (key.contains(otherKey) || otherKey.contains(key)) pages.addAll(other.getValue());
      }
      joined.put(key, pages);
    }
    return joined;
  }

  private static boolean isRunning(PdfLine line, Map<String, Set<Integer>> pagesByText, int pages) {
    if (PAGE_NUMBER.matcher(line.text().strip()).matches()) return true;
    int count = pagesByText.get(key(line)).size();
    return count >= 3 || count >= 2 && count * 2 >= pages;
  }

  private static boolean inMargin(PdfLine line) {
    return line.y() < line.pageHeight() * MARGIN || line.y() > line.pageHeight() * (1 - MARGIN);
  }

  private static String key(PdfLine line) {
    return line.text().toLowerCase(Locale.ROOT).replaceAll("\\d+", "#").replaceAll("\\s+", " ").strip();
  }
}
