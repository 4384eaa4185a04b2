package signpost.knowledge.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import signpost.knowledge.Document;
import signpost.knowledge.Passage;

class DocxParserTest {

  private static final String ACTION_PLAN = "cambridgeshire-edi-action-plan-report-2024-01.docx";

  @TempDir Path temp;

  @Test
  void heading_styles_of_the_action_plan_report_are_kept() throws IOException {
    List<Block> headings = new DocxParser().parse(SharedFiles.corpus(ACTION_PLAN)).stream()
        .filter(b -> b.kind() == Block.Kind.HEADING).toList();
    assertEquals(List.of(
        Block.heading(1, "Equality, Diversity and Inclusion Strategy Action Plan", null),
        Block.heading(2, "1. Background", null), Block.heading(2, "2. Main Issues", null),
        Block.heading(2, "3. Alignment with ambitions", null), Block.heading(2, "4. Significant Implications", null),
        Block.heading(2, "5. Source Documents", null)), headings);
  }

  @Test
  void numbered_paragraphs_become_list_passages_under_their_heading() throws IOException {
    Document document = new Document(ACTION_PLAN, "Action plan", null, null, null, null, false);
    List<Passage> passages = new Passager().passages(document, new DocxParser().parse(SharedFiles.corpus(ACTION_PLAN)));
    Passage themes = passages.stream().filter(p -> p.text().startsWith("- 2.1 The action plan")).findFirst().orElseThrow();
    assertEquals(List.of("Equality, Diversity and Inclusion Strategy Action Plan", "2. Main Issues"), themes.section());
    assertTrue(themes.text().contains("\n- Our workforce: Foster an inclusive"), themes.text());
    assertEquals(null, themes.page());
    assertTrue(passages.stream().noneMatch(p -> p.text().contains("**") || p.text().contains("<u>")));
  }

  @Test
  void table_rows_label_cells_with_their_headers() throws IOException {
    Path file = temp.resolve("table.docx");
    try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
      XWPFTable table = document.createTable(3, 2);
      fill(table, 0, "Objective", "Lead");
      fill(table, 1, "Diverse workforce", "HR");
      fill(table, 2, "Accessible services", "");
      document.write(out);
    }
    assertEquals(List.of(Block.tableRow("Objective: Diverse workforce; Lead: HR", null),
        Block.tableRow("Objective: Accessible services", null)), new DocxParser().parse(file));
  }

  @Test
  void word_table_of_contents_is_skipped() throws IOException {
    Path file = temp.resolve("contents.docx");
    try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
      document.createStyles();
      for (String style : List.of("TOCHeading", "TOC1", "TOC2")) {
        var ctStyle = org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle.Factory.newInstance();
        ctStyle.setStyleId(style);
        ctStyle.addNewName().setVal(style.startsWith("TOC") && !style.equals("TOCHeading") ? "toc " + style.substring(3) : "TOC Heading");
        ctStyle.setType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType.PARAGRAPH);
        document.getStyles().addStyle(new org.apache.poi.xwpf.usermodel.XWPFStyle(ctStyle));
      }
      paragraph(document, "TOCHeading", "Contents");
      paragraph(document, "TOC1", "Our priorities\t4");
      paragraph(document, "TOC2", "A confident workforce\t5");
      paragraph(document, null, "We will build a confident workforce.");
      document.write(out);
    }
    assertEquals(List.of(Block.paragraph("We will build a confident workforce.", null)), new DocxParser().parse(file));
  }

  @Test
  void paragraphs_in_a_list_style_are_list_items_though_they_carry_no_numbering_of_their_own() throws IOException {
    Path file = temp.resolve("list-style.docx");
    try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
      document.createStyles();
      var ctStyle = org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle.Factory.newInstance();
      ctStyle.setStyleId("ListBullet");
      ctStyle.addNewName().setVal("List Bullet");
      ctStyle.setType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType.PARAGRAPH);
      document.getStyles().addStyle(new org.apache.poi.xwpf.usermodel.XWPFStyle(ctStyle));
      paragraph(document, null, "5.2 Please also consider the following groups:");
      paragraph(document, "ListBullet", "carers, including young carers;");
      paragraph(document, "ListBullet", "people experiencing homelessness.");
      document.write(out);
    }
    assertEquals(List.of(Block.paragraph("5.2 Please also consider the following groups:", null),
        Block.listItem("carers, including young carers;", null),
        Block.listItem("people experiencing homelessness.", null)), new DocxParser().parse(file));
  }

  @Test
  void short_bold_lines_are_headings_when_no_heading_styles_are_used() throws IOException {
    Path file = temp.resolve("bold.docx");
    try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
      XWPFRun heading = document.createParagraph().createRun();
      heading.setBold(true);
      heading.setText("Our equality objectives");
      document.createParagraph().createRun().setText("We will publish objectives every four years.");
      XWPFRun sentence = document.createParagraph().createRun();
      sentence.setBold(true);
      sentence.setText("This bold line is a sentence.");
      XWPFRun owner = document.createParagraph().createRun();
      owner.setBold(true);
      owner.setText("Lead officer: Gareth Pryce, Head of Housing");
      document.write(out);
    }
    assertEquals(List.of(Block.heading(1, "Our equality objectives", null),
        Block.paragraph("We will publish objectives every four years.", null),
        Block.paragraph("This bold line is a sentence.", null),
        Block.paragraph("Lead officer: Gareth Pryce, Head of Housing", null)), new DocxParser().parse(file),
        "a labelled value in bold is a fact, not a heading");
  }

  @Test
  void random_bytes_are_not_a_valid_docx() throws IOException {
    byte[] bytes = new byte[2048];
    new Random(3).nextBytes(bytes);
    Path file = Files.write(temp.resolve("noise.docx"), bytes);
    UnreadableDocumentException e = assertThrows(UnreadableDocumentException.class, () -> new DocxParser().parse(file));
    assertTrue(e.getMessage().startsWith("not a valid DOCX") && e.getMessage().contains("noise.docx"), e.getMessage());
  }

  @Test
  void empty_docx_file_is_unreadable() throws IOException {
    Path file = Files.createFile(temp.resolve("empty.docx"));
    UnreadableDocumentException e = assertThrows(UnreadableDocumentException.class, () -> new DocxParser().parse(file));
    assertEquals("empty file: empty.docx", e.getMessage());
  }

  private static void paragraph(XWPFDocument document, String style, String text) {
    var paragraph = document.createParagraph();
    if (style != null) paragraph.setStyle(style);
    paragraph.createRun().setText(text);
  }

  private static void fill(XWPFTable table, int row, String first, String second) {
    table.getRow(row).getCell(0).setText(first);
    if (!second.isEmpty()) table.getRow(row).getCell(1).setText(second);
  }
}
