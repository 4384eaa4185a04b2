package signpost.knowledge.ingest;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * The straight rules drawn on a PDF page: the lines of a ruled table, stroked or drawn as thin filled rectangles, in
 * the coordinates PDFBox gives text (from the crop box's top left, y down). A ruled table's rules say where its cells
 * and rows end where the gaps between words cannot: a lead officer's "Head" and the timescale's "Annually by" sit closer
 * than any gap that parts columns, and a row's wrapped lines lie as close as the next row's.
 */
final class PdfRulings extends PDFGraphicsStreamEngine {

  /** A rectangle thinner than this, in points, is a rule. */
  private static final float THIN = 2f;
  /** A rule shorter than this is a mark, a bullet or a tick, not a rule. */
  private static final float SHORTEST = 8f;
  /** How far, in points, a rule may stop short of what it spans or parts. */
  private static final float SLACK = 1.5f;

  /** A horizontal rule from {@code x1} to {@code x2} at {@code y}. */
  record Horizontal(float x1, float x2, float y) {}

  /** A vertical rule at {@code x} from {@code y1} down to {@code y2}. */
  record Vertical(float x, float y1, float y2) {}

  private final float left;
  private final float top;
  private final List<Horizontal> horizontals = new ArrayList<>();
  private final List<Vertical> verticals = new ArrayList<>();
  /** The segments of the path being built, as x1, y1, x2, y2 in the page's own coordinates. */
  private final List<float[]> segments = new ArrayList<>();
  /** The rectangles of the path being built, as x, y, width, height in the page's own coordinates. */
  private final List<float[]> rectangles = new ArrayList<>();
  private Point2D current = new Point2D.Float();
  private Point2D start = new Point2D.Float();

  private PdfRulings(PDPage page) {
    super(page);
    PDRectangle crop = page.getCropBox();
    this.left = crop.getLowerLeftX();
    this.top = crop.getUpperRightY();
  }

  /**
   * Returns the rules drawn on the page; none on a rotated page, whose text PDFBox turns but whose rules it does not,
   * and none on a page whose drawing cannot be read (its text may still be: the page is read as if it had no rules).
   */
  static PdfRulings of(PDPage page) {
    PdfRulings rulings = new PdfRulings(page);
    try {
      if (page.getRotation() == 0) rulings.processPage(page);
    } catch (IOException | RuntimeException e) {
      return new PdfRulings(page);
    }
    rulings.join();
    return rulings;
  }

  /**
   * Joins rules that continue one another into one: a table drawn a cell at a time, each cell its own rectangle, has
   * its row rules in pieces a cell wide, and its column rules a row high.
   */
  private void join() {
    horizontals.sort(Comparator.comparingDouble(Horizontal::y).thenComparingDouble(Horizontal::x1));
    List<Horizontal> rows = new ArrayList<>();
    for (Horizontal h : horizontals) {
      Horizontal last = rows.isEmpty() ? null : rows.get(rows.size() - 1);
      if (last != null && Math.abs(last.y() - h.y()) <= 0.75f && h.x1() <= last.x2() + 2 * SLACK) {
        rows.set(rows.size() - 1, new Horizontal(last.x1(), Math.max(last.x2(), h.x2()), last.y()));
      } else {
        rows.add(h);
      }
    }
    horizontals.clear();
    horizontals.addAll(rows);
    verticals.sort(Comparator.comparingDouble(Vertical::x).thenComparingDouble(Vertical::y1));
    List<Vertical> columns = new ArrayList<>();
    for (Vertical v : verticals) {
      Vertical last = columns.isEmpty() ? null : columns.get(columns.size() - 1);
      if (last != null && Math.abs(last.x() - v.x()) <= 0.75f && v.y1() <= last.y2() + 2 * SLACK) {
        columns.set(columns.size() - 1, new Vertical(last.x(), last.y1(), Math.max(last.y2(), v.y2())));
      } else {
        columns.add(v);
      }
    }
    verticals.clear();
    verticals.addAll(columns);
  }

  /**
   * Returns the x of the vertical rules that part a line spanning {@code from} to {@code to} across, whose glyphs stand
   * between {@code above} and {@code below}: the rules strictly within its span that run the whole of its height.
   */
  List<Float> splits(float from, float to, float above, float below) {
    List<Float> splits = new ArrayList<>();
    for (Vertical v : verticals) {
      if (v.x() > from + SLACK && v.x() < to - SLACK && v.y1() <= above + SLACK && v.y2() >= below - SLACK) splits.add(v.x());
    }
    splits.sort(null);
    return splits;
  }

  /**
   * Returns true when the nearest horizontal rule above {@code top} that crosses the start of a line's left part
   * ({@code from}) runs on as far as its right part's start ({@code to}): one ruled table holds both parts. Two ruled
   * boxes side by side each have rules of their own, which stop short of the other. Null when no rule above crosses
   * the left part, so that the rules cannot say.
   */
  Boolean spans(float from, float to, float top) {
    Horizontal nearest = null;
    for (Horizontal h : horizontals) {
      if (h.y() > top + SLACK || h.x1() > from + SLACK || h.x2() < from) continue;
      if (nearest == null || h.y() > nearest.y()) nearest = h;
    }
    return nearest == null ? null : nearest.x2() >= to - SLACK;
  }

  /** Returns true when vertical rules stand either side of a line's span and run its whole height: it is in a ruled box. */
  boolean encloses(float from, float to, float above, float below) {
    boolean before = false;
    boolean after = false;
    for (Vertical v : verticals) {
      if (v.y1() > above + SLACK || v.y2() < below - SLACK) continue;
      if (v.x() <= from + SLACK) before = true;
      if (v.x() >= to - SLACK) after = true;
    }
    return before && after;
  }

  /**
   * Returns whether a horizontal rule across a line's span lies between {@code y1} and {@code y2} (the previous line's
   * baseline and this line's top): true or false; null when no horizontal rule on the page crosses the span at all, so
   * that the rules cannot say where rows end.
   */
  Boolean ruleBetween(float y1, float y2, float from, float to) {
    boolean any = false;
    for (Horizontal h : horizontals) {
      if (h.x1() > from + SLACK || h.x2() < to - SLACK) continue;
      any = true;
      if (h.y() > y1 && h.y() < y2) return true;
    }
    return any ? Boolean.FALSE : null;
  }

  @Override
  public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
    float x = (float) Math.min(Math.min(p0.getX(), p1.getX()), Math.min(p2.getX(), p3.getX()));
    float y = (float) Math.min(Math.min(p0.getY(), p1.getY()), Math.min(p2.getY(), p3.getY()));
    float x2 = (float) Math.max(Math.max(p0.getX(), p1.getX()), Math.max(p2.getX(), p3.getX()));
    float y2 = (float) Math.max(Math.max(p0.getY(), p1.getY()), Math.max(p2.getY(), p3.getY()));
    rectangles.add(new float[] {x, y, x2 - x, y2 - y});
    current = p0;
    start = p0;
  }

  @Override
  public void moveTo(float x, float y) {
    current = new Point2D.Float(x, y);
    start = current;
  }

  @Override
  public void lineTo(float x, float y) {
    segments.add(new float[] {(float) current.getX(), (float) current.getY(), x, y});
    current = new Point2D.Float(x, y);
  }

  @Override
  public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
    current = new Point2D.Float(x3, y3);
  }

  @Override
  public Point2D getCurrentPoint() {
    return current;
  }

  @Override
  public void closePath() {
    lineTo((float) start.getX(), (float) start.getY());
  }

  @Override
  public void endPath() {
    clear();
  }

  /** A stroked path: its straight segments and the edges of its rectangles are rules. */
  @Override
  public void strokePath() {
    for (float[] s : segments) rule(s[0], s[1], s[2], s[3]);
    for (float[] r : rectangles) {
      rule(r[0], r[1], r[0] + r[2], r[1]);
      rule(r[0], r[1] + r[3], r[0] + r[2], r[1] + r[3]);
      rule(r[0], r[1], r[0], r[1] + r[3]);
      rule(r[0] + r[2], r[1], r[0] + r[2], r[1] + r[3]);
    }
    clear();
  }

  /** A filled path: its thin rectangles are rules; a wider fill (a shaded cell, a box) is not. */
  @Override
  public void fillPath(int windingRule) {
    for (float[] r : rectangles) {
      if (r[3] < THIN) rule(r[0], r[1] + r[3] / 2, r[0] + r[2], r[1] + r[3] / 2);
      else if (r[2] < THIN) rule(r[0] + r[2] / 2, r[1], r[0] + r[2] / 2, r[1] + r[3]);
    }
    clear();
  }

  @Override
  public void fillAndStrokePath(int windingRule) {
    strokePath();
  }

  @Override
  public void clip(int windingRule) {
    // A clipping path draws nothing; the path is ended by the operator that follows.
  }

  @Override
  public void drawImage(PDImage image) {
    // Images are no rules.
  }

  @Override
  public void shadingFill(COSName shadingName) {
    // Shadings are no rules.
  }

  /** Keeps a segment that is horizontal or vertical and long enough, in text coordinates. */
  private void rule(float x1, float y1, float x2, float y2) {
    if (Math.abs(y1 - y2) <= 0.5f && Math.abs(x2 - x1) >= SHORTEST) {
      horizontals.add(new Horizontal(Math.min(x1, x2) - left, Math.max(x1, x2) - left, top - y1));
    } else if (Math.abs(x1 - x2) <= 0.5f && Math.abs(y2 - y1) >= SHORTEST) {
      verticals.add(new Vertical(x1 - left, top - Math.max(y1, y2), top - Math.min(y1, y2)));
    }
  }

  private void clear() {
    segments.clear();
    rectangles.clear();
  }
}
