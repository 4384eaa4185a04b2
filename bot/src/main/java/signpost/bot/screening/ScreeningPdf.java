package signpost.bot.screening;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import signpost.bot.screening.Block.Field;
import signpost.bot.screening.Block.Items;
import signpost.bot.screening.Block.Prose;
import signpost.bot.screening.Block.Table;
import signpost.bot.screening.ScreeningDocument.Section;

/**
 * Writes a screening record as a PDF holding what the Markdown export holds: a title, a heading per section,
 * wrapped text over as many A4 pages as it takes, the characteristics as a table, and numbered pages. It uses
 * Helvetica, which every PDF reader has, so nothing is embedded; characters Helvetica cannot draw are replaced
 * (see {@link WinAnsiText}). The document's title, subject, language and creation date are set.
 */
public final class ScreeningPdf {

  private static final float[] CHARACTERISTIC_COLUMNS = {0.25f, 0.17f, 0.58f};

  private ScreeningPdf() {}

  /**
   * Returns the record as the bytes of a PDF file.
   *
   * @throws UncheckedIOException when PDFBox cannot write the document (it writes to memory, so this is a bug)
   */
  public static byte[] render(Screening screening) {
    ScreeningDocument record = ScreeningDocument.of(screening);
    try (PDDocument document = new PDDocument()) {
      describe(document, record.title());
      PdfPages pages = new PdfPages(document);
      pages.heading(record.title(), 18, 0);
      for (Section section : record.sections()) {
        pages.heading(section.heading(), 13, 8);
        for (Block block : section.blocks()) block(pages, block);
      }
      pages.finish(record.title());
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the PDF of screening " + screening.reference(), e);
    }
  }

  private static void block(PdfPages pages, Block block) throws IOException {
    if (block instanceof Field field) {
      text(pages, field.label() + ": ", field.value());
    } else if (block instanceof Prose prose) {
      text(pages, null, prose.text());
    } else if (block instanceof Items items) {
      items(pages, items);
    } else if (block instanceof Table table && !table.rows().isEmpty()) {
      pages.table(table.header(), table.rows(), CHARACTERISTIC_COLUMNS, RecordWords.NOT_RECORDED);
    } else {
      text(pages, null, null);
    }
  }

  private static void items(PdfPages pages, Items items) throws IOException {
    String lead = items.lead() == null ? null : items.lead() + ": ";
    if (items.items().isEmpty()) {
      text(pages, lead, null);
      return;
    }
    if (lead != null) pages.paragraph(lead, "", pages.regular);
    for (String item : items.items()) pages.bullet(item);
  }

  /** Writes the text, or "Not yet recorded" in italics when there is none. */
  private static void text(PdfPages pages, String lead, String text) throws IOException {
    if (text == null) pages.paragraph(lead, RecordWords.NOT_RECORDED, pages.italic);
    else pages.paragraph(lead, text, pages.regular);
  }

  private static void describe(PDDocument document, String title) {
    PDDocumentInformation info = document.getDocumentInformation();
    info.setTitle(title);
    info.setSubject("Equality impact assessment (EqIA) screening record");
    info.setCreator("Signpost");
    info.setCreationDate(new GregorianCalendar(TimeZone.getTimeZone("UTC")));
    document.getDocumentCatalog().setLanguage("en-GB");
    PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
    preferences.setDisplayDocTitle(true);
    document.getDocumentCatalog().setViewerPreferences(preferences);
  }
}
