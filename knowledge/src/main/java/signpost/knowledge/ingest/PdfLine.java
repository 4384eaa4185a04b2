package signpost.knowledge.ingest;

/**
 * One line of text as laid out on a PDF page.
 *
 * @param page the 1-based page number
 * @param text the line's text
 * @param x the left edge of the line
 * @param y the baseline, measured down from the top of the page
 * @param size the font size in points of most of its characters
 * @param font the name of the font of most of its characters, without a subset prefix
 * @param bold true when most of its characters are in a bold font
 * @param italic true when most of its characters are in an italic or oblique font
 * @param pageHeight the height of its page
 */
record PdfLine(int page, String text, float x, float y, float size, String font, boolean bold, boolean italic,
               float pageHeight) {

  /** Returns true when the line has the same size and font as the other, so both read as one style. */
  boolean sameStyle(PdfLine other) {
    return Math.abs(size - other.size) < 0.6f && font.equals(other.font);
  }
}
