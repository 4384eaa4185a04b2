package signpost.bot.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class ScreeningPdfTest {

  @Test
  void the_pdf_holds_the_reference_the_verdict_every_characteristic_and_the_committee_paragraph() throws IOException {
    Screening screening = Records.full();

    String text = text(ScreeningPdf.render(screening));

    List<String> lines = Arrays.asList(text.split("\n"));
    assertEquals("EqIA screening SCR-7F3K-9QXW-M2HD", lines.get(0));
    assertTrue(lines.contains("Reference: SCR-7F3K-9QXW-M2HD"), text);
    assertTrue(lines.contains("Verdict: A full EqIA is required"), text);
    for (CharacteristicNote note : screening.characteristics()) {
      String row = note.name() + " " + note.impact().label() + " ";
      assertTrue(lines.stream().anyMatch(line -> line.startsWith(row)), row);
    }
    assertTrue(lines.contains("age negative Most people who come are over 75"), text);
    assertTrue(lines.contains("sex neutral Not yet recorded"), text);
    assertTrue(flat(text).contains(CommitteeParagraph.of(screening)), text);
    assertTrue(lines.contains("Equality implications (for a committee report)"), text);
  }

  @Test
  void a_long_record_goes_on_over_numbered_pages_and_loses_no_word() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(ScreeningPdf.render(Records.longRecord()))) {
      int pages = pdf.getNumberOfPages();
      assertTrue(pages >= 5, "pages: " + pages);
      PDFTextStripper stripper = new PDFTextStripper();
      for (int page = 1; page <= pages; page++) {
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        String text = stripper.getText(pdf);
        assertTrue(text.contains("EqIA screening SCR-7F3K-9QXW-M2HD Page " + page + " of " + pages), text);
        if (page < pages - 1) assertTrue(text.contains("Characteristic Likely impact Evidence"), "header on " + page);
      }
      stripper.setStartPage(1);
      stripper.setEndPage(pages);
      String all = flat(stripper.getText(pdf));
      int at = 0;
      for (int group = 1; group <= 40; group++) {
        for (String word : Records.numbered(group, 60).split(" ")) {
          at = all.indexOf(" " + word + " ", at);
          assertTrue(at >= 0, word + " missing or out of order");
        }
      }
    }
  }

  @Test
  void a_word_longer_than_a_line_is_broken_across_lines_not_cut_off() throws IOException {
    String address = "https://example.org/reports/" + "a".repeat(300) + "/end";

    String text = text(ScreeningPdf.render(Records.withEvidence("See " + address)));

    assertTrue(text.replaceAll("\\s", "").contains("See" + address), text);
  }

  @Test
  void characters_helvetica_cannot_draw_are_replaced_and_the_rest_kept() throws IOException {
    Screening screening = Records.withEvidence("Staff in Ynys Môn said “it’s too far” – Dŵr 中文 😀 €5");

    String text = text(ScreeningPdf.render(screening));

    assertTrue(text.contains("age negative Staff in Ynys Môn said “it’s too far” – Dwr ?? ? €5"), text);
  }

  @Test
  void the_document_has_a_title_a_language_and_the_time_it_was_made() throws IOException {
    Instant before = Instant.now().minusSeconds(1);

    try (PDDocument pdf = Loader.loadPDF(ScreeningPdf.render(Records.full()))) {
      PDDocumentInformation info = pdf.getDocumentInformation();
      assertEquals("EqIA screening SCR-7F3K-9QXW-M2HD", info.getTitle());
      assertEquals("Equality impact assessment (EqIA) screening record", info.getSubject());
      Instant made = info.getCreationDate().toInstant();
      assertFalse(made.isBefore(before) || made.isAfter(Instant.now().plusSeconds(1)), made.toString());
      assertEquals("en-GB", pdf.getDocumentCatalog().getLanguage());
      assertTrue(pdf.getDocumentCatalog().getViewerPreferences().displayDocTitle());
    }
  }

  @Test
  void a_record_just_started_says_not_yet_recorded_and_its_paragraph_still_reads() throws IOException {
    String text = text(ScreeningPdf.render(Records.started()));

    List<String> lines = Arrays.asList(text.split("\n"));
    for (String field : List.of("Organisation", "Decision-maker", "Decision date", "Review date", "Verdict so far",
        "Reasons")) {
      assertTrue(lines.contains(field + ": Not yet recorded"), field);
    }
    assertEquals(8, lines.stream().filter(line -> line.equals("Not yet recorded")).count(), text);
    assertTrue(flat(text).contains(CommitteeParagraph.of(Records.started())), text);
  }

  @Test
  void a_record_without_a_decision_maker_names_none() throws IOException {
    String text = text(ScreeningPdf.render(new ScreeningEdit(Records.full()).decision(null, null).build()));

    assertTrue(text.contains("Decision-maker: Not yet recorded"), text);
    assertFalse(text.contains("Adult Social Care Committee"), text);
    assertFalse(text.contains("decision-maker recorded"), text);
  }

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replace("\r", "");
    }
  }

  /** Returns the text with its line breaks and runs of spaces as single spaces, as the paragraph is written. */
  private static String flat(String text) {
    return text.replaceAll("\\s+", " ");
  }
}
