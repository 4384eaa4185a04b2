package signpost.knowledge.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import signpost.knowledge.Document;
import signpost.knowledge.Passage;

class PdfParserTest {

  private static final String CAMBRIDGESHIRE = "cambridgeshire-edi-strategy-2023-2027.pdf";
  private static final String DERBYSHIRE = "derbyshire-edi-strategy-2022-2025.pdf";
  private static final String SCRUTINY = "derbyshire-scrutiny-edi-update-2024-02.pdf";

  @TempDir Path temp;

  @Test
  void introduction_passage_keeps_its_section_and_page() throws IOException {
    Passage passage = passageContaining(CAMBRIDGESHIRE, "preparing and publishing our equality objectives at least every four years");
    assertEquals(List.of("Introduction"), passage.section());
    assertEquals(1, passage.page());
  }

  @Test
  void public_sector_equality_duty_sits_under_meeting_our_public_duty_on_page_9() throws IOException {
    Passage passage = passageContaining(CAMBRIDGESHIRE, "The PSED applies to public bodies");
    assertEquals(List.of("Meeting our public duty", "Understanding the legal framework",
        "What is the Public Sector Equality Duty (PSED, Section 149 of The Equality Act)?"), passage.section());
    assertEquals(9, passage.page());
  }

  @Test
  void lead_in_and_bullets_of_the_equality_duty_aims_form_one_passage() throws IOException {
    Passage passage = passageContaining(CAMBRIDGESHIRE, "The Equality Duty has three aims which are:");
    assertEquals("The Equality Duty has three aims which are:\n"
        + "- Requiring public bodies to have due regard to the need to eliminate discrimination, harassment, "
        + "victimisation and any other conduct prohibited by the Act.\n"
        + "- Advancing equality of opportunity between people who share a protected characteristic and people who "
        + "do not share it.\n"
        + "- Fostering good relations between people who share a protected characteristic and people who do not "
        + "share it.", passage.text());
    assertEquals(9, passage.page());
  }

  @Test
  void document_title_is_not_a_section_heading() throws IOException {
    List<Block> blocks = new PdfParser().parse(SharedFiles.corpus(CAMBRIDGESHIRE));
    assertEquals(Block.paragraph("Equality, Diversity and Inclusion Strategy", 1), blocks.get(0));
    assertEquals(Block.heading(1, "Introduction", 1), blocks.get(2));
  }

  @Test
  void scrutiny_report_numbered_headings_are_found_with_their_pages() throws IOException {
    List<Block> headings = headings(SCRUTINY);
    assertTrue(headings.contains(Block.heading(1,
        "UPDATE ON REVIEW OF THE STRATEGIC APPROACH TO EQUALITY DIVERSITY AND INCLUSION (EDI)", 8)), headings::toString);
    assertTrue(headings.contains(Block.heading(2, "1. Purpose", 8)));
    assertTrue(headings.contains(Block.heading(2, "2. Information and Analysis", 8)));
    assertTrue(headings.contains(Block.heading(2, "3. Consultation", 14)));
    assertTrue(headings.contains(Block.heading(2, "9. Reasons for Recommendation(s)", 15)));
  }

  @Test
  void derbyshire_strategy_headings_nest_by_size_then_weight() throws IOException {
    List<Block> headings = headings(DERBYSHIRE);
    assertTrue(headings.contains(Block.heading(1, "Foreword", 1)), headings::toString);
    assertTrue(headings.contains(Block.heading(2, "Our priorities", 8)));
    assertTrue(headings.contains(Block.heading(3, "A diverse and confident workforce", 8)));
    assertTrue(headings.contains(Block.heading(4, "Key areas of focus", 8)));
    Passage passage = passageContaining(DERBYSHIRE, "Workforce diversity");
    assertEquals(List.of("Equality, Diversity and Inclusion 2022-2025", "Our priorities",
        "A diverse and confident workforce", "Key areas of focus"), passage.section());
  }

  @Test
  void continued_headings_are_merged_into_their_section() throws IOException {
    List<Block> headings = headings(CAMBRIDGESHIRE);
    assertTrue(headings.stream().noneMatch(h -> h.text().matches("(?i).*\\bcont(inued)?$")), headings::toString);
    assertTrue(headings.contains(Block.heading(1, "Our workforce, our communities and our services", 11)));
  }

  @Test
  void compounds_hyphenated_at_a_line_end_keep_their_hyphen() throws IOException {
    Passage passage = passageContaining(CAMBRIDGESHIRE, "committed to implementing the");
    assertTrue(passage.text().contains("implementing the Socio-economic Inequalities duty"), passage.text());
  }

  @Test
  void corpus_passages_carry_no_markup_debris() throws IOException {
    for (String name : List.of(CAMBRIDGESHIRE, DERBYSHIRE, SCRUTINY)) {
      for (Passage passage : passages(name)) {
        for (String debris : List.of("**", "__", "<u>", "</u>", "<p>", "<br>")) {
          assertFalse(passage.text().contains(debris), () -> name + ": " + passage.text());
        }
        assertTrue(passage.page() >= 1 && passage.page() <= 19);
      }
    }
  }

  @Test
  void running_headers_footers_and_page_numbers_are_dropped() throws IOException {
    Path file = temp.resolve("headed.pdf");
    try (PDDocument document = new PDDocument()) {
      for (int page = 1; page <= 4; page++) {
        PDPage pdfPage = new PDPage();
        document.addPage(pdfPage);
        try (PDPageContentStream out = new PDPageContentStream(document, pdfPage)) {
          text(out, Standard14Fonts.FontName.HELVETICA, 9, 72, 770, "Anytown Council - EDI Strategy 2024");
          text(out, Standard14Fonts.FontName.HELVETICA_BOLD, 16, 72, 700, "Section " + page);
          text(out, Standard14Fonts.FontName.TIMES_ROMAN, 11, 72, 670, "Our duty to advance equal-");
          text(out, Standard14Fonts.FontName.TIMES_ROMAN, 11, 72, 656, "ity of opportunity is taken seriously.");
          text(out, Standard14Fonts.FontName.TIMES_ROMAN, 11, 72, 630, "Each page has a paragraph");
          text(out, Standard14Fonts.FontName.TIMES_ROMAN, 11, 72, 616, "of its own here.");
          text(out, Standard14Fonts.FontName.HELVETICA, 9, 300, 30, String.valueOf(page));
        }
      }
      document.save(file.toFile());
    }
    List<Block> blocks = new PdfParser().parse(file);
    assertEquals(List.of(
        Block.heading(1, "Section 1", 1),
        Block.paragraph("Our duty to advance equality of opportunity is taken seriously.", 1),
        Block.paragraph("Each page has a paragraph of its own here.", 1)), blocks.subList(0, 3));
    assertEquals(12, blocks.size(), blocks::toString);
    assertEquals(Block.heading(1, "Section 4", 4), blocks.get(9));
  }

  @Test
  void a_running_header_read_whole_on_some_pages_and_in_part_on_others_is_dropped() throws IOException {
    // A two-column page reads the header as two lines, one column's each, where a page of one column reads it whole:
    // neither form is on three pages, or on half of them, but the header is on four of five.
    Path file = temp.resolve("parted-header.pdf");
    String whole = "Anytown Council | Guidance note 7 The equality duty explained for managers";
    String part = "Anytown Council | Guidance note 7";
    try (PDDocument document = new PDDocument()) {
      for (int page = 1; page <= 5; page++) {
        PDPage pdfPage = new PDPage();
        document.addPage(pdfPage);
        try (PDPageContentStream out = new PDPageContentStream(document, pdfPage)) {
          if (page <= 4) text(out, Standard14Fonts.FontName.HELVETICA, 9, 72, 770, page % 2 == 1 ? whole : part);
          text(out, Standard14Fonts.FontName.TIMES_ROMAN, 11, 72, 700, page == 1
              ? "Due regard must be had before the decision is taken, not afterwards to justify a" : "decision already made.");
          text(out, Standard14Fonts.FontName.TIMES_ROMAN, 11, 72, 660, "Page " + page + " has a paragraph of its own.");
        }
      }
      document.save(file.toFile());
    }
    List<String> texts = passagesOf(file).stream().map(Passage::text).toList();

    assertTrue(texts.stream().noneMatch(text -> text.contains("Anytown Council")), texts::toString);
  }

  @Test
  void figure_carried_over_a_page_break_stays_with_its_sentence() throws IOException {
    Path file = temp.resolve("pay.pdf");
    try (PDDocument document = new PDDocument()) {
      // Lines 14 points apart run on; a 30-point gap parts paragraphs.
      String[][] pages = {
          {"700", "Our workforce is growing and we publish", "686", "our pay figures every year.",
              "656", "In March 2022 the median gender pay gap was"},
          {"700", "8.8%, in favour of men, and the mean was", "686", "8.2%.", "656", "We will report the figures again next year, with the ethnicity pay gap."}};
      for (String[] lines : pages) {
        PDPage page = new PDPage();
        document.addPage(page);
        try (PDPageContentStream out = new PDPageContentStream(document, page)) {
          for (int i = 0; i < lines.length; i += 2) {
            text(out, Standard14Fonts.FontName.TIMES_ROMAN, 11, 72, Float.parseFloat(lines[i]), lines[i + 1]);
          }
        }
      }
      document.save(file.toFile());
    }
    List<String> texts = passagesOf(file).stream().map(Passage::text).toList();
    assertTrue(texts.contains("In March 2022 the median gender pay gap was 8.8%, in favour of men, and the mean was 8.2%."),
        texts::toString);
  }

  @Test
  void list_item_carried_over_a_page_by_its_hanging_indent_stays_one_item() throws IOException {
    Path file = temp.resolve("item.pdf");
    try (PDDocument document = new PDDocument()) {
      PDPage first = new PDPage();
      document.addPage(first);
      try (PDPageContentStream out = new PDPageContentStream(document, first)) {
        text(out, Standard14Fonts.FontName.TIMES_ROMAN, 11, 72, 700, "\u2022 2.13 Officers have supported the work of");
        text(out, Standard14Fonts.FontName.TIMES_ROMAN, 11, 96, 686, "Elected Members as part of the Diverse");
      }
      PDPage second = new PDPage();
      document.addPage(second);
      try (PDPageContentStream out = new PDPageContentStream(document, second)) {
        text(out, Standard14Fonts.FontName.TIMES_ROMAN, 11, 96, 700, "Council Working Group since September 2023.");
        text(out, Standard14Fonts.FontName.TIMES_ROMAN, 11, 72, 670, "\u2022 2.14 The group met three times.");
      }
      document.save(file.toFile());
    }
    assertEquals(List.of(
        Block.listItem("2.13 Officers have supported the work of Elected Members as part of the Diverse Council Working "
            + "Group since September 2023.", 1),
        Block.listItem("2.14 The group met three times.", 2)), new PdfParser().parse(file));
  }

  @Test
  void table_laid_out_in_columns_reads_as_rows_labelled_with_their_headers() throws IOException {
    Path file = onePage("timetable.pdf", out -> {
      Standard14Fonts.FontName body = Standard14Fonts.FontName.TIMES_ROMAN;
      text(out, body, 11, 72, 720, "The timetable for the consultation and the decision is as follows:");
      text(out, body, 11, 72, 690, "Activity");
      text(out, body, 11, 300, 690, "Timescale");
      text(out, body, 11, 72, 676, "Public consultation and");
      text(out, body, 11, 300, 676, "1 March 2024 to 5 April 2024");
      text(out, body, 11, 72, 662, "internal engagement");
      text(out, body, 11, 72, 648, "Cabinet decision");
      text(out, body, 11, 300, 648, "June 2024");
      text(out, body, 11, 72, 618, "The final approach will then be published on the council website.");
    });
    assertEquals(List.of(
        "The timetable for the consultation and the decision is as follows:\n"
            + "Activity: Public consultation and internal engagement; Timescale: 1 March 2024 to 5 April 2024\n"
            + "Activity: Cabinet decision; Timescale: June 2024",
        "The final approach will then be published on the council website."),
        passagesOf(file).stream().map(Passage::text).toList());
  }

  @Test
  void a_page_set_in_two_columns_reads_the_left_column_then_the_right() throws IOException {
    Path file = onePage("columns.pdf", out -> {
      Standard14Fonts.FontName bold = Standard14Fonts.FontName.HELVETICA_BOLD;
      text(out, bold, 16, 72, 740, "Our equality objectives");
      String[] left = {"Objective 1: Closing our awarding gaps", "Remove the unexplained differences in",
          "degree outcomes between groups of", "students, and close the gap for disabled", "students by the end of the plan.",
          "Executive lead: Pro Vice-Chancellor"};
      String[] right = {"Objective 2: An accessible university", "Make our campuses, teaching and our",
          "systems accessible by design, so that", "fewer people need to ask for changes", "to be made for them at all.",
          "Executive lead: Chief Operating Officer"};
      columns(out, 700, true, left, right);
    });
    List<Block> blocks = new PdfParser().parse(file);
    assertTrue(blocks.stream().noneMatch(b -> b.kind() == Block.Kind.TABLE_ROW), blocks::toString);
    String text = blocks.stream().map(Block::text).collect(Collectors.joining("\n"));
    assertTrue(text.contains("Remove the unexplained differences in degree outcomes between groups of students, and "
        + "close the gap for disabled students by the end of the plan."), text);
    assertTrue(text.contains("Make our campuses, teaching and our systems accessible by design, so that fewer people "
        + "need to ask for changes to be made for them at all."), text);
    assertTrue(blocks.stream().noneMatch(b -> b.text().contains("Pro Vice-Chancellor") && b.text().contains("Objective 2")),
        "the left column's last line does not run on into the right column's first: " + text);
  }

  @Test
  void a_heading_a_little_larger_in_bold_and_entries_in_smaller_type_parted_by_their_own_spacing() throws IOException {
    Path file = onePage("small-type.pdf", out -> {
      Standard14Fonts.FontName body = Standard14Fonts.FontName.HELVETICA;
      Standard14Fonts.FontName bold = Standard14Fonts.FontName.HELVETICA_BOLD;
      String[] paragraph = {"Our body text is set in ten point type with fourteen points", "between its lines, as most of the handbook is.",
          "It runs on for a few lines so that it is the body type.", "Nothing in it is a heading or a list of any kind.",
          "The handbook sets its list of networks in smaller type,", "nine points with lines set closer together than these,",
          "and parts one network from the next by a little more", "space than its own lines have, and no more than that."};
      for (int i = 0; i < paragraph.length; i++) text(out, body, 10, 72, 740 - 14 * i, paragraph[i]);
      text(out, bold, 11, 72, 610, "7. Staff networks");
      float y = 590;
      String[][] entries = {{"Access Network", " - disabled colleagues and colleagues with", "long-term conditions. E-mail access@example.org"},
          {"REACH", " - Race, Ethnicity and Cultural Heritage", "network. E-mail reach@example.org"},
          {"Pride Network", " - LGBTQ+ colleagues and allies.", "Co-chairs: Robin Astley. E-mail pride@example.org"}};
      for (String[] entry : entries) {
        text(out, bold, 9, 72, y, entry[0]);
        // Set apart as a word space would part it, so that the reader takes it for a line of its own.
        float name = new PDType1Font(bold).getStringWidth(entry[0]) / 1000 * 9;
        text(out, body, 9, 72 + name + 2.5f, y, entry[1]);
        text(out, body, 9, 72, y - 12.5f, entry[2]);
        y -= 12.5f * 2 + 3;
      }
    });
    List<Block> blocks = new PdfParser().parse(file);

    assertTrue(blocks.contains(Block.heading(1, "7. Staff networks", 1)), blocks::toString);
    assertTrue(blocks.contains(Block.paragraph("REACH - Race, Ethnicity and Cultural Heritage network. E-mail reach@example.org",
        1)), "the rest of a line in another font carries it on, and a gap wider than the entry's own spacing ends it: "
        + blocks);
    assertTrue(blocks.stream().anyMatch(b -> b.text().startsWith("Pride Network - LGBTQ+")), blocks::toString);
  }

  @Test
  void a_page_whose_columns_start_as_high_as_a_running_header_reads_its_first_line_in_its_columns() throws IOException {
    Path file = onePage("high-columns.pdf", out -> {
      Standard14Fonts.FontName body = Standard14Fonts.FontName.HELVETICA;
      String[] left = {"placements for our commuter students;", "the time it takes to put workplace",
          "adjustments in place for disabled staff,", "which was a median of 71 working days", "in the survey of last autumn;",
          "role models in our senior staff."};
      String[] right = {"Objective 4: Safe to be yourself", "Prevent harassment, sexual misconduct",
          "and hate, and respond well when they", "happen, whoever reports it and however", "they choose to report it to us.",
          "Executive lead: Director of People"};
      // The first line stands within the top margin, as high as a running header might.
      columns(out, 740, false, left, right);
      text(out, body, 9, 72, 30, "Belonging at Kestlewick");
      text(out, body, 9, 500, 30, "Page 3");
    });
    String text = new PdfParser().parse(file).stream().map(Block::text).collect(Collectors.joining("\n"));
    assertFalse(text.contains("commuter students; Objective 4"), "the first line is cut at the gutter: " + text);
    assertTrue(text.contains("Prevent harassment, sexual misconduct and hate"), text);
    assertTrue(text.indexOf("Objective 4: Safe to be yourself") > text.indexOf("role models in our senior staff."),
        "the right column's first line is read after the left column: " + text);
    String last = text.substring(text.lastIndexOf('\n') + 1);
    assertTrue(last.contains("Belonging at Kestlewick") && last.contains("Page 3"),
        "a running footer is never cut into columns: " + text);
  }

  @Test
  void a_paragraph_number_hung_left_of_the_right_column_is_the_right_columns() throws IOException {
    Path file = onePage("numbered-columns.pdf", out -> {
      Standard14Fonts.FontName body = Standard14Fonts.FontName.HELVETICA;
      String[] left = {"Severnmoor is a large and beautiful place,", "stretching from the estuary to the edge of",
          "the moor. It is also a place where distance", "between a village and the nearest GP, bus",
          "stop or library can decide how well people", "live, and this plan is about making sure that",
          "the way we design, buy and deliver services", "is fair for everyone who lives here."};
      String[] right = {"The plan applies to everything the council", "does as a service provider, an employer, a",
          "commissioner and a community leader.", "The plan was developed with residents and",
          "partners and staff between May and the end", "of November 2024, and more than a thousand",
          "people took part in surveys and drop-in", "sessions held at fourteen libraries."};
      for (int i = 0; i < left.length; i++) {
        text(out, body, 10, 57, 700 - 13 * i, left[i]);
        text(out, body, 10, 330, 700 - 13 * i, right[i]);
      }
      text(out, body, 10, 314, 700, "1.2");
      text(out, body, 10, 314, 700 - 13 * 3, "1.3");
    });
    String text = new PdfParser().parse(file).stream().map(Block::text).collect(Collectors.joining("\n"));
    assertTrue(text.contains("1.2 The plan applies to everything the council does as a service provider"), text);
    assertTrue(text.contains("1.3 The plan was developed with residents and partners"), text);
    assertTrue(text.contains("stop or library can decide how well people live, and this plan is about making sure that "
        + "the way we design, buy and deliver services is fair for everyone who lives here."), text);
  }

  @Test
  void a_table_set_in_the_right_column_beside_prose_in_the_left_leaves_the_page_in_two_columns() throws IOException {
    Path file = onePage("column-table.pdf", out -> {
      Standard14Fonts.FontName body = Standard14Fonts.FontName.HELVETICA;
      String[] left = {"Due regard means giving the three aims", "the weight that is right in the case.",
          "It must happen before and at the time", "a decision is being considered, not after", "it to justify a decision already made.",
          "It must be done with rigour and with an", "open mind, and it is not a tick-box task.", "The decision-maker cannot hand it on to",
          "someone else, even where officers write", "the analysis that the decision relies on.", "A signed record is our evidence of it."};
      String[] right = {"The Act protects people because of nine", "characteristics. The table gives what each",
          "of them means for the way that we work", "with the patients and the staff in our", "clinics across the whole of the county."};
      String[][] rows = {{"Age", "A particular age group"}, {"Disability", "An impairment with a"}, {"", "long-term effect"},
          {"Race", "Colour and nationality"}, {"Sex", "Being a man or a woman"}, {"Religion", "Any religion or belief"},
          {"Pregnancy", "Includes breastfeeding"}, {"Marriage", "In employment only"}, {"Sexual", "Attraction to the same"},
          {"orientation", "or the opposite sex"}, {"Gender", "Proposing to undergo a"}, {"reassignment", "process to change sex"}};
      for (int i = 0; i < left.length; i++) text(out, body, 10, 72, 700 - 14 * i, left[i]);
      for (int i = 0; i < right.length; i++) text(out, body, 10, 320, 700 - 14 * i, right[i]);
      for (int i = 0; i < rows.length; i++) {
        float y = 700 - 14 * (right.length + i);
        if (!rows[i][0].isEmpty()) text(out, body, 10, 320, y, rows[i][0]);
        text(out, body, 10, 400, y, rows[i][1]);
      }
    });
    String text = new PdfParser().parse(file).stream().map(Block::text).collect(Collectors.joining("\n"));
    assertTrue(text.contains("It must happen before and at the time a decision is being considered, not after it to "
        + "justify a decision already made. It must be done with rigour and with an open mind"),
        "the left column reads as prose, though more lines part where the table's cells do than at the gutter: " + text);
    assertFalse(text.contains("open mind, and it is not a tick-box task.: "), text);
    assertTrue(text.indexOf("Includes breastfeeding") > text.indexOf("A signed record is our evidence of it."), text);
  }

  @Test
  void a_ruled_table_in_the_left_column_beside_prose_in_the_right_is_the_left_columns() throws IOException {
    Path file = onePage("ruled-column-table.pdf", out -> {
      Standard14Fonts.FontName body = Standard14Fonts.FontName.HELVETICA;
      String[] left = {"Our board has agreed that we will meet", "the specific duties in full, though the law",
          "does not list us, and it publishes each year", "what we know about the tenants we serve", "and about the staff that we employ."};
      String[][] rows = {{"Age", "An age group"}, {"Disability", "A long-term impairment"}, {"Race", "Colour or nationality"},
          {"Sex", "A man or a woman"}, {"Religion", "Any religion or belief"}, {"Pregnancy", "Up to 26 weeks on"}};
      String[] right = {"Every analysis must also consider our five", "additional groups: care leavers who take",
          "on their first tenancy with little family", "support; veterans and their families;", "people with no recourse to public funds;",
          "households in fuel poverty, who cannot", "afford to heat their homes; and people", "with learning disabilities who live on",
          "their own in our homes, who may need", "information in Easy Read and more time", "to understand the changes we make."};
      for (int i = 0; i < left.length; i++) text(out, body, 10, 72, 700 - 14 * i, left[i]);
      float top = 700 - 14 * left.length + 10;
      for (int i = 0; i < rows.length; i++) {
        float y = 700 - 14 * (left.length + i);
        text(out, body, 10, 72, y, rows[i][0]);
        text(out, body, 10, 150, y, rows[i][1]);
        out.moveTo(68, y + 10);
        out.lineTo(290, y + 10);
      }
      float bottom = 700 - 14 * (left.length + rows.length) + 10;
      out.moveTo(68, bottom);
      out.lineTo(290, bottom);
      for (float x : new float[] {68, 146, 290}) {
        out.moveTo(x, top);
        out.lineTo(x, bottom);
      }
      out.stroke();
      for (int i = 0; i < right.length; i++) text(out, body, 10, 320, 700 - 14 * i, right[i]);
    });
    String text = new PdfParser().parse(file).stream().map(Block::text).collect(Collectors.joining("\n"));
    assertTrue(text.contains("households in fuel poverty, who cannot afford to heat their homes; and people with learning "
        + "disabilities"), "the right column reads as prose beside a table ruled in the left: " + text);
    assertFalse(text.contains("A long-term impairment households"), text);
    assertTrue(text.contains("Disability"), text);
  }

  @Test
  void a_left_columns_line_longer_than_the_rest_stays_in_its_column() throws IOException {
    Path file = onePage("long-line-columns.pdf", out -> {
      Standard14Fonts.FontName body = Standard14Fonts.FontName.HELVETICA;
      String[] left = {"We publish an equality report every", "year with our tenant and workforce", "profiles, and we set our objectives",
          "at least every four years, as the regulations", "ask of every listed body, though we", "are not listed ourselves in the Act.",
          "Our objectives are in the strategy", "that the board agreed last spring."};
      String[] right = {"The board has also agreed that every", "one of our analyses must consider", "five more groups of people, whom",
          "", "our own data shows to be at greater", "risk of disadvantage in housing, such", "as care leavers and the households",
          "who live in fuel poverty this winter."};
      for (int i = 0; i < left.length; i++) {
        text(out, body, 10, 72, 700 - 14 * i, left[i]);
        if (!right[i].isEmpty()) text(out, body, 10, 320, 700 - 14 * i, right[i]);
      }
    });
    String text = new PdfParser().parse(file).stream().map(Block::text).collect(Collectors.joining("\n"));
    assertTrue(text.contains("profiles, and we set our objectives at least every four years, as the regulations ask of "
        + "every listed body"), "a left line reaching past where the others stop does not part the columns: " + text);
    assertTrue(text.indexOf("The board has also agreed") > text.indexOf("that the board agreed last spring."), text);
  }

  @Test
  void labels_set_against_their_values_down_a_page_stay_a_table_not_two_columns() throws IOException {
    Path file = onePage("terms.pdf", out -> {
      Standard14Fonts.FontName body = Standard14Fonts.FontName.HELVETICA;
      String[][] rows = {{"Term", "Meaning"}, {"EqIA", "An assessment of a proposal's likely effect on people"},
          {"PSED", "The public sector equality duty in section 149 of the Act"},
          {"Screening", "A short first look that decides whether a full one is needed"},
          {"Owner", "The officer who answers for an action in the plan"},
          {"Network", "A group of staff who share a characteristic or interest"}};
      for (int i = 0; i < rows.length; i++) {
        text(out, body, 10, 72, 700 - 16 * i, rows[i][0]);
        text(out, body, 10, 250, 700 - 16 * i, rows[i][1]);
      }
    });
    List<Block> rows = new PdfParser().parse(file).stream().filter(b -> b.kind() == Block.Kind.TABLE_ROW).toList();
    assertEquals(5, rows.size(), rows::toString);
    assertEquals("Term: PSED; Meaning: The public sector equality duty in section 149 of the Act", rows.get(1).text());
  }

  @Test
  void a_glossary_of_long_terms_beside_their_meanings_stays_a_table_not_two_columns() throws IOException {
    Path file = onePage("glossary.pdf", out -> {
      Standard14Fonts.FontName body = Standard14Fonts.FontName.HELVETICA;
      String[][] rows = {{"Age", "A person belonging to a particular age group, such as people over 65 or", "young people aged 18 to 24."},
          {"Direct discrimination", "Treating someone less favourably than others because of a protected",
          "characteristic, for example refusing to shortlist a candidate because of age."},
          {"EqIA", "Equality Impact Assessment: how we show that we have had due regard to", "the aims of the duty."},
          {"Indirect discrimination", "Applying a provision, criterion or practice to everyone which puts a group",
          "at a particular disadvantage and which cannot be shown to be proportionate."},
          {"PSED", "The Public Sector Equality Duty in section 149 of the Equality Act 2010,", "which applies to us."},
          {"Discrimination arising", "Treating a disabled person unfavourably because of something arising in",
          "consequence of their disability, such as sickness absence, where not justified."},
          {"Race", "Colour, nationality and ethnic or national origins, including Gypsy, Roma", "and Traveller people."},
          {"Reasonable adjustment", "A change to the way things are done, to a building or to equipment that",
          "removes or reduces a disadvantage a disabled person would otherwise face."},
          {"Sex", "Being a man or a woman, as the Act uses the words in its sections on", "sex discrimination."},
          {"Harassment (section 26)", "Unwanted conduct related to a protected characteristic that violates",
          "someone's dignity or creates an intimidating or offensive environment."},
          {"Victimisation", "Treating someone badly because they have made or supported a complaint",
          "under the Act, or are thought to have done so."}};
      for (int i = 0; i < rows.length; i++) {
        float y = 740 - 34 * i;
        text(out, body, 10, 57, y, rows[i][0]);
        text(out, body, 10, 190, y, rows[i][1]);
        text(out, body, 10, 190, y - 12, rows[i][2]);
      }
    });
    List<Block> blocks = new PdfParser().parse(file);
    assertTrue(blocks.stream().anyMatch(r -> r.kind() == Block.Kind.TABLE_ROW && r.text().contains("Indirect discrimination")
        && r.text().contains("Applying a provision, criterion or practice")), blocks::toString);
  }

  @Test
  void cells_wrapped_onto_the_next_line_continue_their_row() throws IOException {
    Path file = onePage("objectives.pdf", out -> {
      Standard14Fonts.FontName bold = Standard14Fonts.FontName.HELVETICA_BOLD;
      Standard14Fonts.FontName body = Standard14Fonts.FontName.HELVETICA;
      text(out, bold, 18, 72, 740, "Equality Strategy");
      String[] left = {"We have five equality objectives. Each has an", "executive lead who is accountable to the",
          "EDI Committee for progress, and measures that", "we will report against in our annual report."};
      for (int i = 0; i < left.length; i++) text(out, body, 10, 72, 706 - 12.6f * i, left[i]);
      text(out, bold, 10, 72, 650, "Objective 3: A fair and representative workforce");
      text(out, body, 10, 72, 635.5f, "Recruit, pay and promote fairly, so that our staff");
      text(out, body, 10, 72, 622.9f, "reflect the students and communities we serve.");
      text(out, body, 10, 72, 605.3f, "Executive lead: Director of People");
      text(out, bold, 10, 320, 712, "Objective 4: Safe to be yourself");
      text(out, body, 10, 320, 697.5f, "Prevent harassment, sexual misconduct and hate,");
      text(out, body, 10, 320, 684.9f, "and respond well when they happen.");
      text(out, body, 10, 320, 667.3f, "Executive lead: Director of Student Services");
      text(out, bold, 10, 320, 649.7f, "Objective 5: Fair chances for every student");
      text(out, body, 10, 320, 635.2f, "Remove the barriers faced by our priority groups,");
      text(out, body, 10, 320, 622.6f, "from application to graduation.");
      text(out, body, 10, 320, 605.0f, "Executive lead: Pro Vice-Chancellor (Education)");
    });
    List<Passage> passages = passagesOf(file);

    Passage third = passages.stream().filter(p -> p.text().contains("Director of People")).findFirst().orElseThrow();
    Passage fourth = passages.stream().filter(p -> p.text().contains("Prevent harassment")).findFirst().orElseThrow();
    assertEquals(List.of("Objective 3: A fair and representative workforce"), third.section(), passages::toString);
    assertEquals(List.of("Objective 4: Safe to be yourself"), fourth.section(), passages::toString);
    assertFalse(third.text().contains("Objective 4"), third.text());
  }

  @Test
  void the_end_of_a_paragraph_set_larger_than_the_body_is_no_heading() throws IOException {
    Path file = onePage("larger.pdf", out -> {
      Standard14Fonts.FontName bold = Standard14Fonts.FontName.HELVETICA_BOLD;
      Standard14Fonts.FontName body = Standard14Fonts.FontName.HELVETICA;
      text(out, bold, 16, 72, 740, "7. Equality objectives 2024 to 2028");
      text(out, body, 10, 72, 716, "Our four equality objectives were approved by the Board on 14 March 2024 following engagement with");
      text(out, body, 10, 72, 702.5f, "patients, staff networks and partners. Each has an executive lead who reports progress to the");
      text(out, body, 10, 72, 689, "Patient Experience Committee or the People Committee.");
      for (int i = 0; i < 12; i++) {
        text(out, body, 8, 72, 660 - 11 * i, "Row " + i + " of the table of objectives, in the small type of the document's many tables.");
      }
    });
    List<Passage> passages = passagesOf(file);

    Passage approved = passages.stream().filter(p -> p.text().contains("approved by the Board")).findFirst().orElseThrow();
    assertTrue(approved.text().contains("patients, staff networks and partners"), passages::toString);
    assertEquals(List.of("7. Equality objectives 2024 to 2028"), approved.section(), passages::toString);
  }

  @Test
  void body_type_is_the_type_of_the_paragraphs_though_the_tables_in_smaller_type_fill_more() throws IOException {
    Path file = onePage("tables.pdf", out -> {
      Standard14Fonts.FontName bold = Standard14Fonts.FontName.HELVETICA_BOLD;
      Standard14Fonts.FontName body = Standard14Fonts.FontName.HELVETICA;
      text(out, bold, 20, 72, 750, "Workforce Report 2026");
      text(out, bold, 14, 72, 720, "3. Our workforce");
      text(out, body, 10, 72, 700, "Our workforce profile at 31 March is below.");
      text(out, body, 10, 72, 686.5f, "Disabled staff are under-represented at senior grades.");
      text(out, bold, 8, 72, 664, "Grade");
      text(out, bold, 8, 220, 664, "Staff group");
      text(out, bold, 8, 400, 664, "Disabled staff");
      for (int i = 0; i < 16; i++) {
        text(out, body, 8, 72, 652 - 11 * i, "Band " + (i + 1) + " of the scale");
        text(out, body, 8, 220, 652 - 11 * i, "Support roles and admin");
        text(out, body, 8, 400, 652 - 11 * i, (4 + i) + ".5% at March 2026");
      }
    });
    List<Passage> passages = passagesOf(file);

    Passage profile = passages.stream().filter(p -> p.text().contains("under-represented")).findFirst()
        .orElseThrow(() -> new AssertionError(passages.toString()));
    assertEquals(List.of("3. Our workforce"), profile.section(), passages::toString);
  }

  @Test
  void a_line_set_half_in_bold_takes_the_font_it_opens_with_every_time_it_is_read() throws IOException {
    // A line whose glyphs split evenly between two fonts is styled by its first, not by where each font's hash falls
    // in a run: reading the same file twice once gave a signature line as a heading and once as text.
    for (boolean boldFirst : List.of(true, false)) {
      Path file = onePage("even-" + boldFirst + ".pdf", out -> {
        text(out, Standard14Fonts.FontName.HELVETICA, 10, 72, 700, "We will build a culture in which everyone is treated");
        text(out, Standard14Fonts.FontName.HELVETICA, 10, 72, 688, "with dignity and respect, at every level of the council.");
        text(out, boldFirst ? Standard14Fonts.FontName.HELVETICA_BOLD : Standard14Fonts.FontName.HELVETICA, 10, 72, 664,
            "Dignity");
        text(out, boldFirst ? Standard14Fonts.FontName.HELVETICA : Standard14Fonts.FontName.HELVETICA_BOLD, 10, 120, 664,
            "matters");
        text(out, Standard14Fonts.FontName.HELVETICA, 10, 72, 640, "Staff can raise a concern with their manager or with");
        text(out, Standard14Fonts.FontName.HELVETICA, 10, 72, 628, "the equality team, who will listen and act on it.");
      });
      Set<Boolean> headed = new HashSet<>();
      for (int read = 0; read < 40; read++) {
        headed.add(new PdfParser().parse(file).stream()
            .anyMatch(b -> b.kind() == Block.Kind.HEADING && b.text().contains("Dignity")));
      }
      assertEquals(Set.of(boldFirst), headed, "bold first: " + boldFirst);
    }
  }

  @Test
  void clause_number_set_apart_by_a_tab_is_no_table_cell() throws IOException {
    Path file = temp.resolve("clauses.pdf");
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage();
      document.addPage(page);
      try (PDPageContentStream out = new PDPageContentStream(document, page)) {
        text(out, Standard14Fonts.FontName.TIMES_ROMAN, 11, 72, 700, "2.1");
        text(out, Standard14Fonts.FontName.TIMES_ROMAN, 11, 120, 700, "The Council is reviewing its approach.");
        text(out, Standard14Fonts.FontName.TIMES_ROMAN, 11, 72, 670, "2.2");
        text(out, Standard14Fonts.FontName.TIMES_ROMAN, 11, 120, 670, "Engagement sessions have been held.");
      }
      document.save(file.toFile());
    }
    List<Block> blocks = new PdfParser().parse(file);
    assertTrue(blocks.stream().noneMatch(b -> b.kind() == Block.Kind.TABLE_ROW), blocks::toString);
    assertTrue(blocks.get(0).text().startsWith("2.1 The Council is reviewing its approach."), blocks::toString);
  }

  @Test
  void contents_page_with_dotted_leaders_gives_no_passage() throws IOException {
    Path file = temp.resolve("contents.pdf");
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage();
      document.addPage(page);
      try (PDPageContentStream out = new PDPageContentStream(document, page)) {
        text(out, Standard14Fonts.FontName.HELVETICA_BOLD, 16, 72, 720, "Contents");
        text(out, Standard14Fonts.FontName.TIMES_ROMAN, 11, 72, 690, "Foreword .................................. 2");
        text(out, Standard14Fonts.FontName.TIMES_ROMAN, 11, 72, 676, "Our five priorities ..................... 4");
        text(out, Standard14Fonts.FontName.TIMES_ROMAN, 11, 72, 662, "Measuring progress ...................... 9");
        text(out, Standard14Fonts.FontName.HELVETICA_BOLD, 16, 72, 620, "Our five priorities");
        text(out, Standard14Fonts.FontName.TIMES_ROMAN, 11, 72, 590, "We will focus on a confident workforce and safe places.");
      }
      document.save(file.toFile());
    }
    List<Passage> passages = passagesOf(file);
    assertEquals(List.of("We will focus on a confident workforce and safe places."),
        passages.stream().map(Passage::text).toList());
    assertEquals(List.of("Our five priorities"), passages.get(0).section());
  }

  @Test
  void empty_pdf_file_is_unreadable() throws IOException {
    Path file = Files.createFile(temp.resolve("empty.pdf"));
    assertMessage("empty file", file);
  }

  @Test
  void random_bytes_are_not_a_valid_pdf() throws IOException {
    byte[] bytes = new byte[4096];
    new Random(7).nextBytes(bytes);
    assertMessage("not a valid PDF", Files.write(temp.resolve("noise.pdf"), bytes));
  }

  @Test
  void truncated_pdf_is_unreadable() throws IOException {
    byte[] whole = Files.readAllBytes(SharedFiles.corpus(CAMBRIDGESHIRE));
    byte[] head = java.util.Arrays.copyOf(whole, 600);
    UnreadableDocumentException e = assertThrows(UnreadableDocumentException.class,
        () -> new PdfParser().parse(Files.write(temp.resolve("truncated.pdf"), head)));
    assertTrue(e.getMessage().startsWith("not a valid PDF") || e.getMessage().startsWith("no text"), e.getMessage());
  }

  @Test
  void pdf_encrypted_with_a_user_password_is_unreadable() throws IOException {
    Path file = temp.resolve("locked.pdf");
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage();
      document.addPage(page);
      try (PDPageContentStream out = new PDPageContentStream(document, page)) {
        text(out, Standard14Fonts.FontName.TIMES_ROMAN, 11, 72, 700, "Confidential equality data.");
      }
      StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "secret", new AccessPermission());
      policy.setEncryptionKeyLength(128);
      document.protect(policy);
      document.save(file.toFile());
    }
    assertMessage("encrypted", file);
  }

  @Test
  void pdf_with_a_page_but_no_text_is_unreadable() throws IOException {
    Path file = temp.resolve("scan.pdf");
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage();
      document.addPage(page);
      try (PDPageContentStream out = new PDPageContentStream(document, page)) {
        out.addRect(100, 100, 200, 200);
        out.fill();
      }
      document.save(file.toFile());
    }
    assertMessage("no text (scanned images?)", file);
  }

  private static void assertMessage(String start, Path file) {
    UnreadableDocumentException e = assertThrows(UnreadableDocumentException.class, () -> new PdfParser().parse(file));
    assertTrue(e.getMessage().startsWith(start), e.getMessage());
    assertTrue(e.getMessage().contains(file.getFileName().toString()), e.getMessage());
  }

  /** Draws one page. */
  private interface Drawing {
    void draw(PDPageContentStream out) throws IOException;
  }

  /** Returns a PDF of one page, drawn by {@code drawing}, in the test's folder. */
  private Path onePage(String name, Drawing drawing) throws IOException {
    Path file = temp.resolve(name);
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage();
      document.addPage(page);
      try (PDPageContentStream out = new PDPageContentStream(document, page)) {
        drawing.draw(out);
      }
      document.save(file.toFile());
    }
    return file;
  }

  /**
   * Draws two columns of 10-point lines 14 points apart from {@code top} down, at x 72 and 320; the right column's first
   * line bold, and the left's too when {@code boldLeft}.
   */
  private static void columns(PDPageContentStream out, float top, boolean boldLeft, String[] left, String[] right)
      throws IOException {
    Standard14Fonts.FontName body = Standard14Fonts.FontName.HELVETICA;
    Standard14Fonts.FontName bold = Standard14Fonts.FontName.HELVETICA_BOLD;
    for (int i = 0; i < left.length; i++) {
      text(out, i == 0 && boldLeft ? bold : body, 10, 72, top - 14 * i, left[i]);
      text(out, i == 0 ? bold : body, 10, 320, top - 14 * i, right[i]);
    }
  }

  private static void text(PDPageContentStream out, Standard14Fonts.FontName font, float size, float x, float y,
                           String text) throws IOException {
    out.beginText();
    out.setFont(new PDType1Font(font), size);
    out.newLineAtOffset(x, y);
    out.showText(text);
    out.endText();
  }

  private static List<Block> headings(String name) throws IOException {
    return new PdfParser().parse(SharedFiles.corpus(name)).stream().filter(b -> b.kind() == Block.Kind.HEADING).toList();
  }

  private static List<Passage> passages(String name) throws IOException {
    Document document = new Document(name, name, null, null, null, null, false);
    return new Passager().passages(document, new PdfParser().parse(SharedFiles.corpus(name)));
  }

  private static List<Passage> passagesOf(Path file) throws IOException {
    Document document = new Document(file.getFileName().toString(), "A small report", null, null, null, null, false);
    return new Passager().passages(document, new PdfParser().parse(file));
  }

  private static Passage passageContaining(String name, String text) throws IOException {
    return passages(name).stream().filter(p -> p.text().contains(text)).findFirst()
        .orElseThrow(() -> new AssertionError("no passage contains: " + text));
  }
}
