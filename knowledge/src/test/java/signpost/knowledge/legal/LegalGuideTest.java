package signpost.knowledge.legal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import signpost.knowledge.Document;
import signpost.knowledge.Passage;
import signpost.knowledge.index.PassageIndex;
import signpost.knowledge.search.Hit;
import signpost.knowledge.search.PassageSearcher;
import signpost.knowledge.search.SearchRequest;

/** The built-in guide and glossary: how they split into passages and what a real index finds in them. */
class LegalGuideTest {

  private static final List<Passage> PASSAGES = LegalGuide.passages();

  @Test
  void guide_has_passages() {
    assertFalse(PASSAGES.isEmpty());
  }

  @Test
  void every_passage_sits_under_a_heading() {
    List<String> orphans = PASSAGES.stream().filter(p -> p.section().isEmpty()).map(Passage::id).toList();

    assertEquals(List.of(), orphans);
  }

  @Test
  void every_passage_comes_from_a_built_in_document_of_no_organisation() {
    assertTrue(PASSAGES.stream().allMatch(p -> p.document().builtIn() && p.document().organisation() == null));
  }

  @Test
  void both_built_in_documents_give_passages() {
    assertEquals(List.of("signpost-legal-guide.md", "signpost-glossary.md"),
        PASSAGES.stream().map(p -> p.document().file()).distinct().toList());
    assertEquals(LegalGuide.documents(), PASSAGES.stream().map(Passage::document).distinct().toList());
  }

  @Test
  void section_paths_leave_out_the_documents_own_title() {
    assertTrue(PASSAGES.stream().noneMatch(p -> p.section().get(0).equals("Signpost legal guide")));
    List<Document> documents = LegalGuide.documents();
    assertTrue(documents.stream().allMatch(d -> d.published() != null));
  }

  @Test
  void passages_are_numbered_from_zero_in_each_document() {
    for (Document document : LegalGuide.documents()) {
      List<Integer> ordinals = PASSAGES.stream().filter(p -> p.document().equals(document)).map(Passage::ordinal).toList();
      assertEquals(0, ordinals.get(0));
      for (int i = 1; i < ordinals.size(); i++) assertEquals(ordinals.get(i - 1) + 1, ordinals.get(i));
    }
  }


  // A real index of the built-in guide and glossary, searched as staff would ask.
  private static PassageIndex index;
  private static PassageSearcher searcher;

  @BeforeAll
  static void open() {
    index = PassageIndex.inMemory(LegalGuide.passages());
    searcher = new PassageSearcher(index);
  }

  @AfterAll
  static void close() {
    index.close();
  }

  private static Passage top(String question) {
    List<Hit> hits = searcher.search(new SearchRequest(question, null, 5)).hits();
    assertTrue(!hits.isEmpty(), "no hit for: " + question);
    return hits.get(0).passage();
  }

  private static String path(Passage passage) {
    return String.join(" > ", passage.section());
  }

  @Test
  void tribunal_time_limit_gives_six_months_and_leaves_commencement_to_regulations() {
    Passage passage = top("how long does someone have to bring a discrimination claim to an employment tribunal");

    assertEquals("Where to go for help > Time limits for legal claims", path(passage));
    assertTrue(passage.text().contains("six months"), passage.text());
    assertTrue(passage.text().contains("commencement regulations"), passage.text());
  }

  @Test
  void who_pays_for_an_adjustment_is_answered_by_the_section_20_7_passage_among_the_first_three() {
    List<String> paths = searcher.search(new SearchRequest("does the employee have to pay for their reasonable adjustment", null, 3))
        .hits().stream().map(h -> path(h.passage())).toList();

    assertTrue(paths.contains("Reasonable adjustments at work > Who pays for a reasonable adjustment"), paths.toString());
  }

  @Test
  void who_counts_as_disabled_is_answered_with_the_section_6_definition() {
    Passage passage = top("when does a person count as disabled");

    assertTrue(passage.text().contains("substantial and long-term adverse effect"), passage.text());
  }

  @Test
  void legal_definition_of_harassment_quotes_section_26() {
    Passage passage = top("legal definition of harassment");

    assertTrue(passage.text().contains("section 26"), passage.text());
    assertTrue(passage.text().contains("unwanted conduct"), passage.text());
  }

  @Test
  void marriage_and_civil_partnership_counts_for_the_first_psed_aim_only() {
    Passage passage = top("does marriage and civil partnership count for every aim of the public sector equality duty");

    assertTrue(passage.text().contains("first aim"), passage.text());
  }

  @Test
  void whom_gender_pay_gap_reporting_applies_to_is_answered_with_its_threshold() {
    Passage passage = top("does gender pay gap reporting even apply to a community trust like us?");

    assertTrue(passage.text().contains("250 or more employees"), passage.text());
  }

  @Test
  void the_glossarys_due_regard_says_what_the_brown_principles_say() {
    Passage glossary = PASSAGES.stream()
        .filter(p -> p.document().id().equals("signpost-glossary") && path(p).equals("Due regard")).findFirst().orElseThrow();

    for (String principle : List.of("before and at the time", "in substance", "rigour", "open mind")) {
      assertTrue(glossary.text().contains(principle), principle + ": " + glossary.text());
    }
  }

  @Test
  void what_the_duty_means_for_a_team_names_its_section() {
    Passage passage = top("which bit of the equality act makes councils think about equality when they make decisions");

    assertTrue(passage.text().contains("section 149"), passage.text());
  }

  @Test
  void breach_of_the_psed_gives_no_damages() {
    Passage passage = top("can someone claim damages for a breach of the public sector equality duty");

    assertTrue(passage.text().contains("Section 156"), passage.text());
  }

  @Test
  void help_for_people_treated_unfairly_is_one_passage_under_a_stable_heading() {
    List<Passage> help = LegalGuide.passages().stream()
        .filter(p -> path(p).equals("Where to go for help > Getting help if you are treated unfairly"))
        .toList();

    assertEquals(1, help.size());
    for (String route : List.of("Acas", "early conciliation", "Equality Advisory and Support Service", "999", "101",
        "True Vision", "Citizens Advice", "trade union")) {
      assertTrue(help.get(0).text().contains(route), route);
    }
  }

  @Test
  void every_paragraph_passage_is_short_enough_to_quote_whole() {
    List<String> long_ = LegalGuide.passages().stream()
        .filter(p -> !p.text().contains("\n- ") && p.text().length() > 450)
        .map(Passage::id)
        .toList();

    assertEquals(List.of(), long_);
  }
}
