package signpost.bot.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.node.Document;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.junit.jupiter.api.Test;

class ScreeningMarkdownTest {

  private static final List<String> HEADINGS = List.of("Record details", "What is changing", "Who is affected",
      "Characteristics", "Evidence", "Engagement", "Mitigation", "Decision", "Review", "Verdict", "Rules that fired",
      "Sources", "Equality implications (for a committee report)");

  @Test
  void a_complete_record_is_written_field_by_field_under_its_headings() {
    Document document = MarkdownReading.parse(ScreeningMarkdown.render(Records.full()));
    Map<String, List<Node>> sections = MarkdownReading.sections(document);

    assertEquals("EqIA screening SCR-7F3K-9QXW-M2HD", MarkdownReading.text(document.getFirstChild()));
    assertEquals(1, ((Heading) document.getFirstChild()).getLevel());
    assertEquals(HEADINGS, List.copyOf(sections.keySet()));
    assertEquals(List.of("Reference: SCR-7F3K-9QXW-M2HD", "Organisation: cambridgeshire", "Status: Complete",
        "Started: 1 December 2026", "Last updated: 3 December 2026"), texts(sections.get("Record details")));
    assertEquals(List.of("Reduce the Riverside day centre's opening from five days a week to three"),
        texts(sections.get("What is changing")));
    assertEquals(List.of("About 120 older residents who attend the centre Their unpaid carers"),
        texts(sections.get("Who is affected")));
    assertEquals(List.of("Decision-maker: Adult Social Care Committee", "Decision date: 12 February 2027"),
        texts(sections.get("Decision")));
    assertEquals(List.of("Review date: in six months"), texts(sections.get("Review")));
    assertEquals(List.of("Verdict: A full EqIA is required", "Reasons:", Records.REASON), texts(sections.get("Verdict")));
    assertEquals(List.of("RequireAnEqiaForReducingOrStoppingAService"), texts(sections.get("Rules that fired")));
    assertEquals(List.of("Cambridgeshire EDI Strategy 2023-2027 > Meeting our public duty, p. 10"),
        texts(sections.get("Sources")));
    assertEquals(List.of(CommitteeParagraph.of(Records.full())),
        texts(sections.get("Equality implications (for a committee report)")));
  }

  @Test
  void the_characteristics_table_gives_each_name_likely_impact_and_the_managers_words() {
    TableBlock table = (TableBlock) MarkdownReading.sections(MarkdownReading.parse(ScreeningMarkdown.render(
        Records.full()))).get("Characteristics").get(0);

    assertEquals("Characteristic Likely impact Evidence (in the manager's words)",
        MarkdownReading.text(table.getFirstChild()));
    assertEquals(List.of(List.of("age", "negative", "Most people who come are over 75"),
        List.of("disability", "negative", "Many have dementia and need routine"),
        List.of("sex", "neutral", "Not yet recorded"),
        List.of("carers", "positive", "The two longer days suit carers who work"),
        List.of("rural isolation", "not known", "Not yet recorded")), cells(table));
  }

  @Test
  void a_pipe_or_a_link_in_the_evidence_neither_breaks_the_table_nor_makes_a_link() {
    String evidence = "Bus | train [x](http://evil) ![i](http://evil/i.png) <a href=\"http://evil\">y</a> *loud*";

    // parse() fails on any link, image or HTML node anywhere in the document.
    TableBlock table = (TableBlock) MarkdownReading.sections(MarkdownReading.parse(ScreeningMarkdown.render(
        Records.withEvidence(evidence)))).get("Characteristics").get(0);

    List<List<TableCell>> rows = MarkdownReading.rows(table);
    assertEquals(5, rows.size());
    for (List<TableCell> row : rows) assertEquals(3, row.size());
    assertEquals(evidence, MarkdownReading.plain(rows.get(0).get(2)));
    assertEquals("disability", MarkdownReading.plain(rows.get(1).get(0)));
  }

  @Test
  void line_breaks_in_the_managers_words_start_no_heading_or_list() {
    Screening screening = new ScreeningEdit(Records.full()).activity("Shorter hours\n# Closing\n- on Fridays").build();

    Map<String, List<Node>> sections = MarkdownReading.sections(MarkdownReading.parse(
        ScreeningMarkdown.render(screening)));

    assertEquals(HEADINGS, List.copyOf(sections.keySet()));
    assertEquals(List.of("Shorter hours # Closing - on Fridays"), texts(sections.get("What is changing")));
  }

  @Test
  void a_record_just_started_says_not_yet_recorded_and_holds_nothing_it_was_not_given() {
    String markdown = ScreeningMarkdown.render(Records.started());
    Map<String, List<Node>> sections = MarkdownReading.sections(MarkdownReading.parse(markdown));

    assertEquals(HEADINGS, List.copyOf(sections.keySet()));
    assertEquals(List.of("Reference: SCR-AAAA-BBBB-CCCC", "Organisation: Not yet recorded", "Status: Open",
        "Started: 1 December 2026", "Last updated: 1 December 2026"), texts(sections.get("Record details")));
    for (String heading : List.of("What is changing", "Who is affected", "Characteristics", "Evidence", "Engagement",
        "Mitigation", "Rules that fired", "Sources")) {
      assertEquals(List.of("Not yet recorded"), texts(sections.get(heading)), heading);
    }
    assertEquals(List.of("Decision-maker: Not yet recorded", "Decision date: Not yet recorded"),
        texts(sections.get("Decision")));
    assertEquals(List.of("Verdict so far: Not yet recorded", "Reasons: Not yet recorded"),
        texts(sections.get("Verdict")));
    assertEquals(List.of(CommitteeParagraph.of(Records.started())),
        texts(sections.get("Equality implications (for a committee report)")));
    assertFalse(markdown.contains("|"), markdown);
    assertTrue(markdown.endsWith("A review date has not yet been recorded.\n"), markdown);
  }

  private static List<String> texts(List<Node> nodes) {
    return nodes.stream().map(MarkdownReading::text).toList();
  }

  private static List<List<String>> cells(TableBlock table) {
    return MarkdownReading.rows(table).stream().map(row -> row.stream().map(MarkdownReading::text).toList()).toList();
  }
}
