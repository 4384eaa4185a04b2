package signpost.knowledge.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import org.apache.pdfbox.text.TextPosition;

/**
 * Puts a page set in two columns of prose into reading order: read by position, each line runs across both columns
 * ("every school; Objective 4: Safe to be yourself") and would pass for a table row. Where a run of lines parts at one
 * gutter, each line is cut there and the left column is read before the right. Tables stay as they are: their parts
 * hold cells of their own, or their left parts are labels far narrower than a column of prose; a table set in one
 * column, beside prose in the other, is read with its column.
 */
final class PdfColumns {

  /** The glyphs of one line as read, and its text as the reader wrote it. */
  record RawLine(String text, List<TextPosition> glyphs) {}

  /** Where lines are cut ({@code cut}: glyphs from there on are the right column's), and where most right lines start. */
  private record Gutter(float cut, float rightStart) {}

  /** At least this many lines must part at the gutter for the page to be read as two columns. */
  private static final int MIN_PARTED = 5;
  /** The share of parted lines whose halves are each one stretch of prose, with no gap of a cell in them. */
  private static final float PLAIN_SHARE = 0.8f;
  /**
   * A half's median width, as a share of the page's width from the half's edge to the other column's, above which it
   * is prose rather than a table's labels.
   */
  private static final float PROSE_WIDTH = 0.6f;
  /** The narrower column's width, as a share of the wider's, at least, for columns holding a table to be columns. */
  private static final float ALIKE_WIDTHS = 0.5f;
  /** How far, in points, a line may start before the right column's start and be aligned with it (its bins' width). */
  private static final float ALIGNED = 2f;
  /** How far in from the right column's start a line of it may start, as a share of the page's width: a list's indent. */
  private static final float INDENT = 0.05f;

  private PdfColumns() {}

  /**
   * Returns the lines in reading order: as given, unless a run of them is set in two columns. Running headers and
   * footers, in the page's top and bottom margins, are never cut, so that they read the same on every page; nor are
   * lines of a table drawn with rules across the gutter, whatever their cells hold ({@code ruled}: whether a line's part
   * left of the gutter and its part right of it are cells of one ruled table).
   */
  static List<RawLine> inReadingOrder(List<RawLine> lines, float pageWidth, float pageHeight,
                                      BiPredicate<RawLine, RawLine> ruled) {
    Gutter gutter = gutter(lines, pageWidth);
    if (gutter == null) return lines;
    List<RawLine> out = new ArrayList<>();
    List<Halves> run = new ArrayList<>();
    for (RawLine line : lines) {
      boolean running = inMargin(line, pageHeight) && !inRightColumn(line, gutter, pageWidth);
      Halves halves = halves(line, gutter.cut());
      if (straddles(halves, gutter) || running || ruledAcross(halves, ruled)) {
        out.addAll(ordered(run, gutter));
        run.clear();
        out.add(line);
      } else {
        run.add(halves);
      }
    }
    out.addAll(ordered(run, gutter));
    return out;
  }

  /**
   * Returns a run of lines that never cross the gutter, each cut at it: left column then right, when it is set in two
   * columns; else the lines as they were.
   */
  private static List<RawLine> ordered(List<Halves> run, Gutter gutter) {
    List<RawLine> left = new ArrayList<>();
    List<RawLine> right = new ArrayList<>();
    int parted = 0;
    int plain = 0;
    int gappedBoth = 0;
    List<Float> leftWidths = new ArrayList<>();
    List<Float> rightWidths = new ArrayList<>();
    List<float[]> plainWidths = new ArrayList<>();
    float leftEdge = Float.MAX_VALUE;
    float rightEdge = 0;
    for (Halves halves : run) {
      RawLine line = halves.line();
      List<TextPosition> before = halves.before();
      List<TextPosition> after = halves.after();
      boolean onLeft = !visible(before).isEmpty();
      boolean onRight = !visible(after).isEmpty();
      if (onLeft) {
        left.add(before.size() == line.glyphs().size() ? line : new RawLine(textOf(before), before));
        leftEdge = Math.min(leftEdge, start(before));
      }
      if (onRight) {
        right.add(after.size() == line.glyphs().size() ? line : new RawLine(textOf(after), after));
        rightEdge = Math.max(rightEdge, end(after));
      }
      if (onLeft && onRight) {
        parted++;
        boolean leftPlain = gaps(before) == 0;
        boolean rightPlain = gaps(after) == 0;
        if (leftPlain && rightPlain) {
          plain++;
          plainWidths.add(new float[] {end(before) - start(before), end(after) - start(after)});
        }
        if (!leftPlain && !rightPlain) gappedBoth++;
        leftWidths.add(end(before) - start(before));
        rightWidths.add(end(after) - start(after));
      }
    }
    float leftColumn = gutter.rightStart() - leftEdge;
    float rightColumn = rightEdge - gutter.rightStart();
    boolean prose = plain >= PLAIN_SHARE * parted
        && median(leftWidths) >= PROSE_WIDTH * leftColumn && median(rightWidths) >= PROSE_WIDTH * rightColumn;
    // A table set in a column beside prose in the other: the columns are of a width, no line has cells on both sides,
    // and each column has lines of prose across its width beside the other's plain text, where a table across the page
    // has a narrow cell, and a list of terms a narrow column of labels.
    long leftProse = plainWidths.stream().filter(w -> w[0] >= PROSE_WIDTH * leftColumn).count();
    long rightProse = plainWidths.stream().filter(w -> w[1] >= PROSE_WIDTH * rightColumn).count();
    boolean tableInOneColumn = Math.min(leftColumn, rightColumn) >= ALIKE_WIDTHS * Math.max(leftColumn, rightColumn)
        && gappedBoth == 0 && leftProse >= MIN_PARTED && rightProse >= MIN_PARTED;
    if (parted < MIN_PARTED || !prose && !tableInOneColumn) return run.stream().map(Halves::line).toList();
    List<RawLine> out = new ArrayList<>(left);
    out.addAll(right);
    return out;
  }

  /**
   * Returns where a right-hand column begins: just after the furthest the left column's text reaches, among the lines
   * that first part in the page's middle where most such lines start again; null when too few lines share that start.
   * A table's cells within the right column part its lines again further on, and are not its start. A paragraph number
   * hung out to the left of its right-hand column ("1.2  The plan applies ...") is the right column's.
   */
  private static Gutter gutter(List<RawLine> lines, float pageWidth) {
    Map<Integer, Integer> starts = new HashMap<>();
    Map<Integer, Float> leftEnds = new HashMap<>();
    for (RawLine line : lines) {
      TextPosition previous = null;
      for (TextPosition glyph : visible(line.glyphs())) {
        if (previous != null && wide(previous, glyph)) {
          float x = glyph.getXDirAdj();
          if (x > 0.3f * pageWidth && x < 0.7f * pageWidth) {
            int at = Math.round(x / 2);
            starts.merge(at, 1, Integer::sum);
            leftEnds.merge(at, previous.getXDirAdj() + previous.getWidthDirAdj(), Math::max);
            break;
          }
        }
        previous = glyph;
      }
    }
    Integer mode = null;
    for (Map.Entry<Integer, Integer> e : starts.entrySet()) {
      if (e.getValue() >= MIN_PARTED && (mode == null || e.getValue() > starts.get(mode)
          || e.getValue().equals(starts.get(mode)) && e.getKey() < mode)) {
        mode = e.getKey();
      }
    }
    return mode == null ? null : new Gutter(leftEnds.get(mode) + 1f, mode * 2f);
  }

  /**
   * Returns a line's glyphs either side of the gutter: those before the cut, and the words they run on into without a
   * gap (a left column's longer line that reaches past the cut), are the left's; the rest the right's.
   */
  private static Halves halves(RawLine line, float cut) {
    List<TextPosition> before = new ArrayList<>();
    List<TextPosition> after = new ArrayList<>();
    TextPosition previous = null;
    boolean left = true;
    for (TextPosition glyph : line.glyphs()) {
      boolean seen = glyph.getUnicode() != null && !glyph.getUnicode().isBlank();
      if (seen) {
        if (glyph.getXDirAdj() < cut) left = true;
        else if (previous == null || wide(previous, glyph)) left = false;
        previous = glyph;
      }
      (left ? before : after).add(glyph);
    }
    return new Halves(line, before, after);
  }

  /** A line, and its glyphs left of a page's gutter and right of it. */
  private record Halves(RawLine line, List<TextPosition> before, List<TextPosition> after) {}

  /**
   * Returns true when a ruled table stands across the gutter at the line. A table ruled within one column, beside prose
   * or a ruled box in the other or with nothing beside it, is that column's.
   */
  private static boolean ruledAcross(Halves halves, BiPredicate<RawLine, RawLine> ruled) {
    if (visible(halves.before()).isEmpty() || visible(halves.after()).isEmpty()) return false;
    return ruled.test(new RawLine(textOf(halves.before()), halves.before()),
        new RawLine(textOf(halves.after()), halves.after()));
  }

  /**
   * Returns true when the line's words run on without a gap from left of the gutter into the right column: a line the
   * width of the page. A left column's line a little longer than the rest stops short of the right column.
   */
  private static boolean straddles(Halves halves, Gutter gutter) {
    return !visible(halves.before()).isEmpty() && end(halves.before()) > gutter.rightStart() - ALIGNED;
  }

  /**
   * Returns true when the line's text past the gutter starts where the right-hand column does, or a list's indent in:
   * a line of the columns, though it stands as high or low on the page as a running header or footer might ("every
   * school;  Objective 4: Safe to be yourself" as a page's first line), where a footer's "Page 3" stands at the far
   * right.
   */
  private static boolean inRightColumn(RawLine line, Gutter gutter, float pageWidth) {
    List<TextPosition> after = visible(line.glyphs()).stream().filter(g -> g.getXDirAdj() >= gutter.cut()).toList();
    if (after.isEmpty()) return false;
    float start = start(after);
    return start >= gutter.rightStart() - ALIGNED && start <= gutter.rightStart() + INDENT * pageWidth;
  }

  private static boolean inMargin(RawLine line, float pageHeight) {
    float y = (float) visible(line.glyphs()).stream().mapToDouble(TextPosition::getYDirAdj).max().orElse(0);
    return y < pageHeight * PdfMargins.MARGIN || y > pageHeight * (1 - PdfMargins.MARGIN);
  }

  private static boolean wide(TextPosition previous, TextPosition glyph) {
    float gap = glyph.getXDirAdj() - (previous.getXDirAdj() + previous.getWidthDirAdj());
    return gap > previous.getFontSizeInPt() * PdfLineReader.CELL_GAP;
  }

  private static int gaps(List<TextPosition> part) {
    List<TextPosition> glyphs = visible(part);
    int gaps = 0;
    for (int i = 1; i < glyphs.size(); i++) if (wide(glyphs.get(i - 1), glyphs.get(i))) gaps++;
    return gaps;
  }

  private static List<TextPosition> visible(List<TextPosition> glyphs) {
    return glyphs.stream().filter(g -> g.getUnicode() != null && !g.getUnicode().isBlank()).toList();
  }

  private static float start(List<TextPosition> part) {
    return (float) visible(part).stream().mapToDouble(TextPosition::getXDirAdj).min().orElse(0);
  }

  private static float end(List<TextPosition> part) {
    return (float) visible(part).stream().mapToDouble(g -> g.getXDirAdj() + g.getWidthDirAdj()).max().orElse(0);
  }

  private static float median(List<Float> values) {
    if (values.isEmpty()) return 0;
    List<Float> sorted = values.stream().sorted().toList();
    return sorted.get(sorted.size() / 2);
  }

  /** Returns the text of part of a line, a space where its glyphs leave a gap wider than a space's share. */
  private static String textOf(List<TextPosition> part) {
    StringBuilder text = new StringBuilder();
    TextPosition previous = null;
    for (TextPosition glyph : part) {
      if (glyph.getUnicode() == null) continue;
      if (glyph.getUnicode().isBlank()) {
        if (!text.isEmpty() && text.charAt(text.length() - 1) != ' ') text.append(' ');
        continue;
      }
      if (previous != null && glyph.getXDirAdj() - (previous.getXDirAdj() + previous.getWidthDirAdj())
          > previous.getFontSizeInPt() * 0.15f && text.charAt(text.length() - 1) != ' ') {
        text.append(' ');
      }
      text.append(glyph.getUnicode());
      previous = glyph;
    }
    return text.toString().strip();
  }
}
