package signpost.knowledge.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Reads a PDF with PDFBox into headings, paragraphs and list items, each with its page. Headings
 * are found from font size and weight (see {@link PdfHeadings}); running headers, footers and page
 * numbers are dropped; words hyphenated across lines are mended.
 */
public final class PdfParser implements DocumentParser {

  /**
   * {@inheritDoc}
   *
   * @throws UnreadableDocumentException when the file is empty, not a valid PDF, encrypted with a
   *     user password, or has no extractable text (a scan)
   */
  @Override
  public List<Block> parse(String name, byte[] content) throws IOException {
    if (content.length == 0) throw new UnreadableDocumentException("empty file: " + name);
    List<PdfLine> lines;
    try (PDDocument document = Loader.loadPDF(content)) {
      lines = PdfLineReader.read(document);
    } catch (InvalidPasswordException e) {
      throw new UnreadableDocumentException("encrypted: needs a password to open: " + name, e);
    } catch (IOException | RuntimeException e) {
      throw new UnreadableDocumentException("not a valid PDF: " + name + ": " + e.getMessage(), e);
    }
    List<Block> blocks = blocks(PdfMargins.strip(lines));
    if (blocks.isEmpty()) {
      throw new UnreadableDocumentException("no text (scanned images?): " + name);
    }
    return blocks;
  }

  static List<Block> blocks(List<PdfLine> lines) {
    if (lines.isEmpty()) return List.of();
    PdfStyle body = PdfStyle.of(lines);
    PdfText joiner = new PdfText(lines);
    PdfParagraphs paragraphs = new PdfParagraphs(body, joiner);
    List<Block> blocks = new ArrayList<>();
    int next = 0;
    for (PdfHeadings.Run heading : PdfHeadings.find(lines, body, joiner)) {
      for (PdfLine line : lines.subList(next, heading.start())) paragraphs.add(line);
      blocks.addAll(paragraphs.drain());
      if (!heading.text().isEmpty()) {
        blocks.add(heading.level() == 0
            ? Block.paragraph(heading.text(), heading.page())
            : Block.heading(heading.level(), heading.text(), heading.page()));
      }
      next = heading.end();
    }
    for (PdfLine line : lines.subList(next, lines.size())) paragraphs.add(line);
    blocks.addAll(paragraphs.drain());
    return blocks;
  }
}
