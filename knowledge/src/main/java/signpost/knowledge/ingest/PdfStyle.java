package signpost.knowledge.ingest;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The body text style of a PDF: the font and size carrying most characters, and the usual distance
 * between the baselines of consecutive body lines.
 */
record PdfStyle(String font, float size, float lineGap) {

  /**
   * Returns the body style of the lines: of the lines outside tables, where there are any. A report whose tables fill
   * more of it than its prose, in smaller type ("Table 3: WRES indicators" over two pages of 8-point cells), is still
   * written in the type of its paragraphs; taken for body text, the tables' type would make every paragraph larger than
   * the body, and so a heading.
   */
  static PdfStyle of(List<PdfLine> lines) {
    Map<String, Integer> chars = charsByStyle(lines.stream().filter(line -> line.cells().isEmpty()).toList());
    if (chars.isEmpty()) chars = charsByStyle(lines);
    String key = chars.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("\u00000");
    String font = key.substring(0, key.indexOf('\u0000'));
    float size = Float.parseFloat(key.substring(key.indexOf('\u0000') + 1));
    Map<Float, Integer> gaps = new HashMap<>();
    for (int i = 1; i < lines.size(); i++) {
      PdfLine previous = lines.get(i - 1);
      PdfLine line = lines.get(i);
      float gap = Math.round((line.y() - previous.y()) * 2) / 2f;
      if (line.page() == previous.page() && isBody(line, font, size) && isBody(previous, font, size) && gap > 0) {
        gaps.merge(gap, 1, Integer::sum);
      }
    }
    // The most common gap between body lines; on a tie, the smaller, as paragraph gaps are the wider.
    float lineGap = gaps.entrySet().stream()
        .max(Map.Entry.<Float, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
        .map(Map.Entry::getKey).orElse(size * 1.2f);
    return new PdfStyle(font, size, Math.max(lineGap, size));
  }

  /** Returns how many characters the lines set in each font and size, keyed "font\u0000size". */
  private static Map<String, Integer> charsByStyle(List<PdfLine> lines) {
    Map<String, Integer> chars = new HashMap<>();
    for (PdfLine line : lines) chars.merge(line.font() + "\u0000" + line.size(), line.text().length(), Integer::sum);
    return chars;
  }

  private static boolean isBody(PdfLine line, String font, float size) {
    return line.font().equals(font) && Math.abs(line.size() - size) < 0.6f;
  }

  /** Returns true when the line is clearly larger than body text. */
  boolean isLarger(PdfLine line) {
    return line.size() >= size * 1.15f;
  }

  /**
   * Returns true when the line is body-sized, or a little larger though not clearly so ("7. Staff networks" in 11-point
   * bold over 10-point text), but set in another font, such as bold or italic.
   */
  boolean isEmphasised(PdfLine line) {
    return line.size() > size - 0.6f && !isLarger(line) && !line.font().equals(font);
  }

  /** Returns true when the vertical gap above {@code line} is clearly more than normal line spacing. */
  boolean isBreakBetween(PdfLine above, PdfLine line) {
    return above.page() != line.page() || line.y() - above.y() > lineGap * 1.35f * Math.max(1f, line.size() / size);
  }
}
