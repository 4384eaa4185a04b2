package signpost.knowledge.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import signpost.knowledge.Document;
import signpost.knowledge.Passage;

class PassagerTest {

  private static final Document DOCUMENT = new Document("guide.md", "Guide", null, null, null, null, true);
  private static final String LONG = "This paragraph is long enough to stand as a passage by itself.";

  @Test
  void each_passage_carries_the_full_heading_path() {
    List<Passage> passages = passages(
        Block.heading(1, "Duties", 1), Block.heading(2, "General duty", 1), Block.paragraph(LONG, 1),
        Block.heading(2, "Specific duties", 2), Block.paragraph(LONG, 2),
        Block.heading(1, "Glossary", 3), Block.paragraph(LONG, 3));
    assertEquals(List.of("Duties", "General duty"), passages.get(0).section());
    assertEquals(List.of("Duties", "Specific duties"), passages.get(1).section());
    assertEquals(List.of("Glossary"), passages.get(2).section());
    assertEquals(List.of(0, 1, 2), passages.stream().map(Passage::ordinal).toList());
    assertEquals(List.of(1, 2, 3), passages.stream().map(Passage::page).toList());
  }

  @Test
  void lead_in_paragraph_and_its_items_make_one_passage() {
    List<Passage> passages = passages(
        Block.heading(1, "Aims", 4), Block.paragraph("The duty has three aims:", 4),
        Block.listItem("eliminate discrimination", 4), Block.listItem("advance equality of opportunity", 5),
        Block.listItem("foster good relations", 5));
    assertEquals(1, passages.size());
    assertEquals("The duty has three aims:\n- eliminate discrimination\n- advance equality of opportunity\n"
        + "- foster good relations", passages.get(0).text());
    assertEquals(4, passages.get(0).page());
  }

  @Test
  void a_block_with_no_word_is_dropped_rather_than_glued_to_the_next_passage() {
    List<Passage> passages = passages(Block.heading(1, "Values", 7), Block.paragraph(".", 7), Block.listItem(LONG, 7));

    assertEquals(1, passages.size());
    assertEquals("- " + LONG, passages.get(0).text());
  }

  @Test
  void heading_with_no_body_contributes_nothing() {
    List<Passage> passages = passages(Block.heading(1, "Empty", 1), Block.heading(1, "Full", 2), Block.paragraph(LONG, 2));
    assertEquals(1, passages.size());
    assertEquals(List.of("Full"), passages.get(0).section());
  }

  @Test
  void tiny_fragment_joins_the_next_passage_in_its_section() {
    List<Passage> passages = passages(Block.heading(1, "Contact", 1), Block.paragraph("Phone us", 1),
        Block.paragraph(LONG, 1), Block.heading(1, "Other", 2), Block.paragraph(LONG, 2), Block.paragraph("The end.", 2));
    assertEquals(List.of("Phone us\n" + LONG, LONG + "\nThe end."), passages.stream().map(Passage::text).toList());
  }

  @Test
  void long_paragraph_is_split_between_sentences() {
    String sentence = "Public bodies must have due regard to the need to advance equality of opportunity. ";
    String text = sentence.repeat(40).strip();
    List<Passage> passages = passages(Block.paragraph(text, 1));
    assertEquals(3, passages.size());
    for (Passage passage : passages) {
      assertTrue(passage.text().length() <= Passager.MAX_PARAGRAPH_CHARS);
      assertTrue(passage.text().endsWith("opportunity."));
    }
    assertEquals(text, String.join(" ", passages.stream().map(Passage::text).toList()));
  }

  @Test
  void long_lists_are_split_and_table_rows_grouped() {
    List<Block> blocks = new ArrayList<>();
    for (int i = 0; i < 30; i++) blocks.add(Block.listItem("Item number " + i + " " + "x".repeat(60), 1));
    for (int i = 0; i < 7; i++) blocks.add(Block.tableRow("Theme: Workforce; Row: " + i, 2));
    List<Passage> passages = new Passager().passages(DOCUMENT, blocks);
    assertEquals(2 + 2, passages.size());
    assertTrue(passages.get(0).text().length() <= Passager.MAX_LIST_CHARS);
    assertTrue(passages.get(1).text().startsWith("- Item number "));
    assertEquals(5, passages.get(2).text().lines().count());
    assertEquals(2, passages.get(3).text().lines().count());
    assertEquals(2, passages.get(3).page());
  }

  @Test
  void lead_in_keeps_items_written_as_labelled_paragraphs() {
    List<Passage> passages = passages(Block.heading(1, "Vision", 3),
        Block.paragraph("To achieve this vision, the Council has 3 ambitions set out in its Strategic Framework (2023-2028):", 3),
        Block.paragraph("Ambition 1: Net zero carbon emissions by 2045.", 3),
        Block.paragraph("Ambition 2: Travel across the county is safer.", 3),
        Block.paragraph("Ambition 3: Health inequalities are reduced.", 4),
        Block.paragraph(LONG, 4));
    assertEquals(List.of("To achieve this vision, the Council has 3 ambitions set out in its Strategic Framework (2023-2028):\n"
        + "- Ambition 1: Net zero carbon emissions by 2045.\n- Ambition 2: Travel across the county is safer.\n"
        + "- Ambition 3: Health inequalities are reduced.", LONG), passages.stream().map(Passage::text).toList());
    assertEquals(3, passages.get(0).page());
  }

  @Test
  void lead_in_announcing_a_count_lists_the_titles_of_the_sections_that_follow() {
    List<Passage> passages = passages(Block.heading(1, "Our approach", 15),
        Block.paragraph("Our approach is underpinned by three guiding principles:", 15),
        Block.heading(2, "1. Taking evidence-based action", 15), Block.paragraph(LONG, 15),
        Block.heading(2, "2. Listening to the voices of everyone", 15),
        Block.heading(2, "3. Being transparent", 16), Block.paragraph(LONG, 16));
    assertEquals("Our approach is underpinned by three guiding principles:\n- 1. Taking evidence-based action\n"
        + "- 2. Listening to the voices of everyone\n- 3. Being transparent", passages.get(0).text());
    assertEquals(List.of("Our approach"), passages.get(0).section());
    assertEquals(List.of("Our approach", "1. Taking evidence-based action"), passages.get(1).section());
  }

  @Test
  void bare_lead_in_keeps_the_paragraph_it_follows() {
    List<Passage> passages = passages(Block.heading(1, "Draft objectives", 16),
        Block.paragraph("Objective 1: Understand our diverse communities and use that understanding to shape policy", 16),
        Block.paragraph("We will do this by:", 16),
        Block.listItem("Improving how we collect information.", 16), Block.listItem("Assessing how decisions affect people.", 16));
    assertEquals(List.of("Objective 1: Understand our diverse communities and use that understanding to shape policy\n"
        + "We will do this by:\n- Improving how we collect information.\n- Assessing how decisions affect people."),
        passages.stream().map(Passage::text).toList());
  }

  @Test
  void numbered_clause_keeps_its_items_when_a_long_list_is_split() {
    List<Block> blocks = new ArrayList<>();
    blocks.add(Block.listItem("2.1 " + "The Council is reviewing its approach to equality. ".repeat(12).strip(), 8));
    blocks.add(Block.listItem("2.2 The refresh of the approach aims to:", 8));
    for (int i = 1; i <= 5; i++) blocks.add(Block.listItem("Aim number " + i + " of the refresh " + "x".repeat(80), 8));
    blocks.add(Block.listItem("2.3 Engagement sessions were held.", 9));
    List<Passage> passages = new Passager().passages(DOCUMENT, blocks);
    Passage aims = passages.stream().filter(p -> p.text().contains("2.2 The refresh")).findFirst().orElseThrow();
    assertTrue(aims.text().startsWith("- 2.2 The refresh of the approach aims to:"), aims.text());
    for (int i = 1; i <= 5; i++) assertTrue(aims.text().contains("- Aim number " + i + " "), aims.text());
  }

  @Test
  void lead_in_introduces_each_chunk_of_the_table_after_it() {
    List<Passage> passages = passages(Block.paragraph("The timetable for the consultation and the decision is as follows:", 14),
        Block.tableRow("Activity: Public consultation; Timescale: 1 March 2024 to 5 April 2024", 14),
        Block.tableRow("Activity: Cabinet decision; Timescale: June 2024", 14));
    assertEquals(List.of("The timetable for the consultation and the decision is as follows:\nActivity: Public consultation; Timescale: 1 March 2024 to 5 April 2024\n"
        + "Activity: Cabinet decision; Timescale: June 2024"), passages.stream().map(Passage::text).toList());
  }

  @Test
  void a_title_of_a_few_words_right_above_a_table_heads_each_of_its_parts() {
    List<Block> blocks = new ArrayList<>(List.of(Block.paragraph(LONG, 11), Block.paragraph("10.2 Gender pay gap.", 11)));
    for (int i = 0; i < 7; i++) blocks.add(Block.tableRow("Measure: Mean gender pay gap; 31 March 2025: " + i + "%", 11));
    blocks.add(Block.paragraph("A short sentence. Then the table:", 12));

    List<Passage> passages = new Passager().passages(DOCUMENT, blocks);

    assertEquals(LONG, passages.get(0).text());
    assertTrue(passages.get(1).text().startsWith("10.2 Gender pay gap.\nMeasure: Mean gender pay gap; 31 March 2025: 0%"));
    assertTrue(passages.get(2).text().startsWith("10.2 Gender pay gap.\nMeasure: Mean gender pay gap; 31 March 2025: 5%"));
  }

  @Test
  void a_sentence_above_a_table_is_no_title_of_it() {
    List<Passage> passages = passages(Block.paragraph("Figures are very small here. We do not show any group of fewer than two people.", 11),
        Block.tableRow("Measure: Mean gender pay gap; 31 March 2025: 6.4%", 11));

    assertEquals(List.of("Figures are very small here. We do not show any group of fewer than two people.", "Measure: Mean gender pay gap; 31 March 2025: 6.4%"),
        passages.stream().map(Passage::text).toList());
  }

  @Test
  void a_paragraph_counting_the_sections_that_follow_lists_their_titles_where_each_names_what_it_counted() {
    String counting = "We have three inclusion objectives for 2024 to 2027. Each action has a lead and a date.";
    List<Passage> passages = passages(Block.heading(1, "Our objectives", 8), Block.paragraph(counting, 8),
        Block.heading(2, "Objective 1: Open to everyone", 8), Block.paragraph(LONG, 8),
        Block.heading(2, "Objective 2: Reflecting our communities", 8), Block.paragraph(LONG, 8),
        Block.heading(2, "Objective 3: Fair decisions", 9), Block.paragraph(LONG, 9));
    assertEquals(counting + "\n- Objective 1: Open to everyone\n- Objective 2: Reflecting our communities\n"
        + "- Objective 3: Fair decisions", passages.get(0).text());

    // The paragraph's own number before the count is no count: "9.1 ... agreed three equality objectives".
    String numbered = "9.1 The Joint Committee agreed three equality objectives for 2024-2028 on 21 March 2024.";
    List<Passage> agreed = passages(Block.heading(1, "9. Our equality objectives", 8), Block.paragraph(numbered, 8),
        Block.heading(2, "Objective 1: Accessible sites", 8), Block.paragraph(LONG, 8),
        Block.heading(2, "Objective 2: Reaching every community", 8), Block.paragraph(LONG, 8),
        Block.heading(2, "Objective 3: A fair place to work", 9), Block.paragraph(LONG, 9));
    assertEquals(numbered + "\n- Objective 1: Accessible sites\n- Objective 2: Reaching every community\n"
        + "- Objective 3: A fair place to work", agreed.get(0).text());

    String other = "We also look at rural isolation for our three most outlying libraries and their routes.";
    List<Passage> unnamed = passages(Block.heading(1, "Who we serve", 4), Block.paragraph(other, 4),
        Block.heading(1, "4. Who uses our services", 5), Block.paragraph(LONG, 5),
        Block.heading(1, "5. Our workforce", 6), Block.paragraph(LONG, 6),
        Block.heading(1, "6. Our objectives", 7), Block.paragraph(LONG, 7));
    assertEquals(other, unnamed.get(0).text(), "the titles that follow name no library");
  }

  @Test
  void table_of_contents_is_no_passage() {
    List<Passage> passages = passages(Block.heading(1, "Contents", 1), Block.paragraph("Page", 1),
        Block.paragraph("Foreword 1 Key challenges and opportunities 2 Context 3 Delivery Plan April 2022 15", 1),
        Block.heading(1, "Foreword", 1), Block.paragraph(LONG, 1),
        Block.paragraph("Introduction ........ 3 Our duties ........ 4", 2));
    assertEquals(List.of(LONG), passages.stream().map(Passage::text).toList());
    assertEquals(List.of("Foreword"), passages.get(0).section());
  }

  @Test
  void sentence_parted_by_a_break_is_one_passage_again() {
    List<Passage> passages = passages(Block.heading(1, "Pay", 6),
        Block.paragraph("In March 2022, the mean gender pay gap was 8.8% and the median", 6),
        Block.paragraph("was 8.2%, both in favour of men.", 6),
        Block.paragraph("In March 2023 the mean ethnicity pay gap was", 6), Block.paragraph("3.1% in favour of white staff.", 7));
    assertEquals(List.of("In March 2022, the mean gender pay gap was 8.8% and the median was 8.2%, both in favour of men.",
        "In March 2023 the mean ethnicity pay gap was 3.1% in favour of white staff."),
        passages.stream().map(Passage::text).toList());
  }

  @Test
  void lower_case_that_states_the_figure_of_an_open_sentence_joins_it_without_a_full_stop() {
    List<Passage> passages = passages(Block.heading(1, "Our workforce", 5),
        Block.paragraph("Ethnicity pay gap In March 2022, the mean Ethnicity", 5),
        Block.paragraph("pay gap was 3.1% and the median was 6.2%", 5));
    assertEquals(List.of("Ethnicity pay gap In March 2022, the mean Ethnicity pay gap was 3.1% and the median was 6.2%"),
        passages.stream().map(Passage::text).toList());
  }

  @Test
  void lower_case_caption_that_finishes_no_sentence_is_not_joined_on() {
    List<Passage> passages = passages(Block.heading(1, "Our workforce", 6),
        Block.paragraph("Super Users there to sign off and provide advice on all EqIAs", 6),
        Block.paragraph("colleagues are Mental Health First Aiders", 6));
    assertEquals(List.of("Super Users there to sign off and provide advice on all EqIAs", "colleagues are Mental Health First Aiders"),
        passages.stream().map(Passage::text).toList());
  }

  @Test
  void fragment_ending_a_section_joins_the_passage_before_it() {
    List<Passage> passages = passages(Block.paragraph("Derby City Council Diversity Peer Challenge (Excellent Level)", null),
        Block.paragraph("23-25 March 2011", null), Block.heading(2, "Introduction", null), Block.paragraph(LONG, null));
    assertEquals("Derby City Council Diversity Peer Challenge (Excellent Level)\n23-25 March 2011", passages.get(0).text());
  }

  private static List<Passage> passages(Block... blocks) {
    return new Passager().passages(DOCUMENT, List.of(blocks));
  }
}
