package signpost.knowledge.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the headings among a PDF's lines: runs of lines clearly larger than body text, or short
 * standalone body-sized lines in a bold, italic or other font that do not end like a sentence.
 * Levels rank the heading styles, largest first, then bold before italic before other fonts.
 */
final class PdfHeadings {

  /** A heading found at lines [{@code start}, {@code end}); its level is 0 when it is the document title. */
  record Run(int start, int end, String text, int level, int page) {}

  private static final Pattern CONTINUED =
      Pattern.compile("(?i)[\\s(–-]*\\b(continued|cont'?d?|contd|conti)\\.?\\)?\\s*$");
  /**
   * A numbered label opening an emphasised line ("Objective 4: Safe to be yourself", "Priority 2 - Fair pay", "Theme B:
   * ..."): it heads what follows it in body type even with no more space below it than between lines.
   */
  private static final Pattern NUMBERED_LABEL =
      Pattern.compile("^\\p{Lu}\\p{L}+(?:\\s+\\p{L}+){0,2}\\s+(?:\\d{1,2}|[A-Z]|[IVX]{1,4})\\s*[:.\u2013\u2014-]\\s+\\p{L}");
  /** How far below the line above it, in its own sizes, a line of the same paragraph or heading may be. */
  private static final float LINE_SPREAD = 1.6f;
  private static final int MAX_LINES = 3;
  private static final int MAX_CHARS = 200;
  private static final int MAX_EMPHASISED_CHARS = 120;

  private PdfHeadings() {}

  /** Returns the headings in reading order. */
  static List<Run> find(List<PdfLine> lines, PdfStyle body, PdfText joiner) {
    List<Run> found = new ArrayList<>();
    List<float[]> styles = new ArrayList<>();
    int i = 0;
    while (i < lines.size()) {
      int end = runEnd(lines, i, body);
      if (end > i && isHeading(lines, i, end, body, found)) {
        List<String> texts = lines.subList(i, end).stream().map(PdfLine::text).toList();
        String text = CONTINUED.matcher(TextCleaner.clean(joiner.join(texts))).replaceFirst("").strip();
        found.add(new Run(i, end, text, 0, lines.get(i).page()));
        styles.add(rankKey(lines.get(i)));
        i = end;
      } else {
        i++;
      }
    }
    return withLevels(found, styles);
  }

  /** Returns the end of the run of same-style candidate lines starting at {@code i}, or {@code i} if none. */
  private static int runEnd(List<PdfLine> lines, int i, PdfStyle body) {
    PdfLine first = lines.get(i);
    if (!body.isLarger(first) && !body.isEmphasised(first) || !first.cells().isEmpty()) return i;
    int end = i + 1;
    while (end < lines.size() && end - i < MAX_LINES + 1) {
      PdfLine previous = lines.get(end - 1);
      PdfLine next = lines.get(end);
      if (!next.sameStyle(first) || next.page() != first.page() || next.y() - previous.y() > first.size() * LINE_SPREAD) break;
      end++;
    }
    return end;
  }

  private static boolean isHeading(List<PdfLine> lines, int start, int end, PdfStyle body, List<Run> found) {
    PdfLine first = lines.get(start);
    String text = lines.subList(start, end).stream().map(PdfLine::text).reduce((a, b) -> a + " " + b).orElse("");
    if (end - start > MAX_LINES || text.length() > MAX_CHARS || Bullets.startsItem(text) && !text.matches("^\\d+\\.\\s.*")) {
      return false;
    }
    if (continues(lines, start)) return false;
    if (body.isLarger(first)) return true;
    if (FieldLines.isField(text)) return false;
    boolean afterHeading = !found.isEmpty() && found.get(found.size() - 1).end() == start;
    // A line above it on the page comes before it only as the foot of the column before: the line opens a column.
    boolean gapAbove = start == 0 || afterHeading || body.isBreakBetween(lines.get(start - 1), first)
        || first.page() == lines.get(start - 1).page() && first.y() < lines.get(start - 1).y();
    boolean gapBelow = end == lines.size() || body.isBreakBetween(lines.get(end - 1), lines.get(end))
        || !lines.get(end).sameStyle(first) && (body.isLarger(lines.get(end)) || body.isEmphasised(lines.get(end)))
        || Bullets.isLoneGlyph(lines.get(end).text()) || Bullets.startsItem(lines.get(end).text())
        || NUMBERED_LABEL.matcher(text).find() && !lines.get(end).sameStyle(first);
    return gapAbove && gapBelow && text.length() <= MAX_EMPHASISED_CHARS && !text.matches(".*[.,;]\\s*$")
        && !Bullets.isLoneGlyph(text) && text.chars().anyMatch(Character::isLetter);
  }

  /**
   * Returns whether the line at {@code start} carries on the line above it: of its style, on its page, just above it, no
   * further off than lines of one paragraph are. The end of a paragraph set larger than the body text ("patients, staff
   * networks and partners. Each has an executive lead ...", the last two of its three lines, after the first's "...
   * following engagement with") is no heading, though the paragraph as a whole was too long to be one.
   */
  private static boolean continues(List<PdfLine> lines, int start) {
    if (start == 0) return false;
    PdfLine previous = lines.get(start - 1);
    PdfLine line = lines.get(start);
    return previous.sameStyle(line) && previous.page() == line.page() && line.y() > previous.y()
        && line.y() - previous.y() <= line.size() * LINE_SPREAD;
  }

  /** Returns a sortable style key: size (larger first), then bold, italic, other font. */
  private static float[] rankKey(PdfLine line) {
    float weight = line.bold() ? 0 : line.italic() ? 1 : 2;
    return new float[] {-Math.round(line.size()), weight};
  }

  private static List<Run> withLevels(List<Run> found, List<float[]> styles) {
    Comparator<float[]> order = Comparator.<float[]>comparingDouble(k -> k[0]).thenComparingDouble(k -> k[1]);
    List<float[]> distinct = new ArrayList<>();
    for (float[] key : styles) {
      if (distinct.stream().noneMatch(d -> order.compare(d, key) == 0)) distinct.add(key);
    }
    distinct.sort(order);
    boolean titled = distinct.size() > 1 && isTitle(found, styles, distinct.get(0), order);
    List<Run> levelled = new ArrayList<>();
    for (int r = 0; r < found.size(); r++) {
      float[] key = styles.get(r);
      int rank = (int) distinct.stream().filter(d -> order.compare(d, key) < 0).count();
      int level = titled ? rank : rank + 1;
      Run run = found.get(r);
      levelled.add(new Run(run.start(), run.end(), run.text(), level, run.page()));
    }
    return levelled;
  }

  /** Returns true when the largest style is used once only, on page 1: the document's title, not a section. */
  private static boolean isTitle(List<Run> found, List<float[]> styles, float[] top, Comparator<float[]> order) {
    List<Integer> uses = new ArrayList<>();
    for (int r = 0; r < found.size(); r++) if (order.compare(styles.get(r), top) == 0) uses.add(r);
    return uses.size() == 1 && found.get(uses.get(0)).page() == 1;
  }
}
