package signpost.bot.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import signpost.knowledge.Document;
import signpost.knowledge.Passage;
import signpost.knowledge.search.Hit;

class PassageSelectionTest {

  private static final Document GUIDE = new Document("guide.md", "Guide", null, "guide", null, null, true);
  private static final Document STRATEGY = new Document("strategy.pdf", "Strategy", "a", "strategy", null, null, false);
  private static final AnswerPolicy POLICY = new AnswerPolicy(0.5, 0.7, 0.4, 3, 900);

  private static Hit hit(Document document, String text, double score, double coverage) {
    return new Hit(new Passage(document, text.length(), List.of("S"), null, text), score, coverage);
  }

  @Test
  void nothing_is_quoted_when_no_passage_covers_enough() {
    Hit weak = hit(GUIDE, "time limits", 10, 0.3);
    Hit lower = hit(STRATEGY, "open at nine", 2, 0.7);

    assertEquals(List.of(), PassageSelection.choose(List.of(weak, lower), POLICY));
  }

  @Test
  void a_lower_passage_that_covers_nearly_all_the_question_is_relied_on_when_the_best_ranked_covers_too_little() {
    Hit general = hit(GUIDE, "What an EqIA is", 10, 0.36);
    Hit point = hit(STRATEGY, "An online portal for EqIAs by March 2023", 8, 0.85);
    Hit offTopic = new Hit(new Passage(STRATEGY, 7, List.of("S"), null, "Portal"), 9, 0.9, true, false);

    assertEquals(List.of(point), PassageSelection.choose(List.of(general, point), POLICY));
    assertEquals(List.of(), PassageSelection.choose(List.of(general, offTopic), POLICY), "it must hold the key word");
  }

  @Test
  void a_close_passage_that_covers_clearly_more_goes_before_the_best_ranked() {
    Hit later = hit(STRATEGY, "By March 2025 we will ...", 6.5, 0.81);
    Hit asked = hit(STRATEGY, "By March 2023 we will ...", 4.5, 1.0);
    Hit far = hit(STRATEGY, "By March 2024 we will ...", 3.0, 1.0);

    assertEquals(asked, PassageSelection.choose(List.of(later, asked), POLICY).get(0));
    assertEquals(later, PassageSelection.choose(List.of(later, far), POLICY).get(0), "too far below to go first");
  }

  @Test
  void a_fuller_passage_without_the_shape_asked_for_does_not_go_before_a_best_ranked_one_with_it() {
    Hit lead = new Hit(new Passage(STRATEGY, 1, List.of("Objective 4"), null, "Executive lead: Eleanor Whitfield"), 15.3,
        0.62, true, true, true);
    Hit why = new Hit(new Passage(STRATEGY, 2, List.of("Objective 4"), null, "Why: staff experience abuse."), 11.7, 1.0,
        true, true, false);
    Hit shapedWhy = new Hit(why.passage(), 11.7, 1.0, true, true, true);

    assertEquals(lead, PassageSelection.choose(List.of(lead, why), POLICY).get(0));
    assertEquals(shapedWhy, PassageSelection.choose(List.of(lead, shapedWhy), POLICY).get(0), "both of the shape");
  }

  @Test
  void an_organisations_passage_nearly_as_good_is_quoted_before_the_guide() {
    Hit guide = hit(GUIDE, "The PSED is ...", 10, 1.0);
    Hit own = hit(STRATEGY, "Our duty is ...", 4.5, 1.0);

    assertEquals(List.of(own, guide), PassageSelection.choose(List.of(guide, own), POLICY));
  }

  @Test
  void a_much_weaker_organisation_passage_does_not_displace_the_guide() {
    Hit guide = hit(GUIDE, "The PSED is ...", 10, 1.0);
    Hit own = hit(STRATEGY, "Our duty is ...", 3, 1.0);

    assertEquals(List.of(guide), PassageSelection.choose(List.of(guide, own), POLICY));
  }

  @Test
  void close_companions_are_quoted_up_to_the_limit_without_repeating_a_text() {
    Hit a = hit(STRATEGY, "one", 10, 1.0);
    Hit same = hit(STRATEGY, "one", 9.5, 1.0);
    Hit b = hit(STRATEGY, "two", 9, 0.8);
    Hit c = hit(STRATEGY, "three", 8, 0.6);
    Hit d = hit(STRATEGY, "four", 7.5, 0.9);
    Hit uncovered = hit(STRATEGY, "five", 9.9, 0.2);

    assertEquals(List.of(a, b, c), PassageSelection.choose(List.of(a, uncovered, same, b, c, d), POLICY));
  }

  @Test
  void a_companion_without_the_questions_key_word_is_not_quoted_however_close_its_score() {
    Hit best = hit(STRATEGY, "Mileage is claimed monthly.", 10, 0.9);
    Hit near = new Hit(new Passage(STRATEGY, 99, List.of("S"), null, "Claims go to payroll."), 9, 0.6, true, false);

    assertEquals(List.of(best), PassageSelection.choose(List.of(best, near), POLICY));
  }

  @Test
  void a_lead_chosen_for_the_words_of_the_passage_before_it_is_quoted_after_that_passage() {
    Hit meets = new Hit(new Passage(STRATEGY, 5, List.of("Governance"), 14, "The groups meet during work hours."), 6.2, 0.36);
    Hit list = new Hit(new Passage(STRATEGY, 6, List.of("Governance"), 14, "The peer groups include: Carers, Menopause."), 4.7, 0.6);
    Hit elsewhere = new Hit(new Passage(STRATEGY, 5, List.of("Workforce"), 6, "Staff work part-time."), 6.5, 0.3);

    assertEquals(List.of(meets, list), PassageSelection.choose(List.of(meets, list), POLICY));
    assertEquals(List.of(list), PassageSelection.choose(List.of(elsewhere, list), POLICY), "a passage of another section introduces nothing");
  }

  @Test
  void an_introduction_ending_in_a_colon_is_quoted_with_the_best_found_passage_of_what_it_introduces() {
    List<String> objectives = List.of("Our equality objectives");
    Hit intro = new Hit(new Passage(STRATEGY, 10, objectives, 15, "We have twelve objectives for our themes, these include:"), 6.4, 1.0);
    Hit workforce = new Hit(new Passage(STRATEGY, 11, objectives, 15, "A. Our workforce: attract and retain."), 4.4, 1.0);
    Hit communities = new Hit(new Passage(STRATEGY, 12, objectives, 16, "B. Our communities: greater connection."), 4.6, 1.0);
    Hit other = hit(GUIDE, "Objectives are set every four years.", 5.5, 1.0);
    Hit farOn = new Hit(new Passage(STRATEGY, 15, objectives, 17, "Delivery and monitoring of the themes."), 4.0, 1.0);

    assertEquals(List.of(intro, communities, other),
        PassageSelection.choose(List.of(intro, other, communities, workforce), POLICY));
    assertEquals(List.of(intro, other), PassageSelection.choose(List.of(intro, other, farOn), POLICY),
        "a passage five on is not what it introduces");
    assertEquals(List.of(communities), PassageSelection.choose(List.of(intro, communities),
        new AnswerPolicy(0.5, 0.7, 0.4, 1, 900)), "with room for one, the substance");
  }

  @Test
  void a_passage_of_the_lead_section_with_the_shape_asked_for_is_quoted_beside_a_lead_without_it() {
    List<String> network = List.of("Networks", "Spectrum LGBTQ+ Network");
    Hit about = new Hit(new Passage(STRATEGY, 20, network, null, "Spectrum is our network for LGBTQ+ staff."), 16, 0.9);
    Hit otherNetwork = new Hit(new Passage(STRATEGY, 30, List.of("Networks", "Women's Network"), null,
        "- Chair: Rebecca Thornton"), 9, 0.4, true, true, true);
    Hit chairs = new Hit(new Passage(STRATEGY, 22, network, null, "- Co-chairs: Jordan Ellis and Priya Nandakumar"),
        2.5, 0.45, true, true, true);

    assertEquals(List.of(about, chairs), PassageSelection.choose(List.of(about, otherNetwork, chairs), POLICY));
    Hit shapedLead = new Hit(about.passage(), 16, 0.9, true, true, true);
    assertEquals(List.of(shapedLead), PassageSelection.choose(List.of(shapedLead, otherNetwork, chairs), POLICY),
        "a lead of the shape asked for needs nothing beside it");
  }

  @Test
  void a_passage_elsewhere_with_the_shape_asked_for_and_scoring_close_is_quoted_beside_a_lead_without_it() {
    Hit row = new Hit(new Passage(STRATEGY, 40, List.of("Appendix A", "Impacts by group"), null,
        "Group: Care leavers; Likely impact: Negative - low"), 6.18, 0.59);
    Hit glossary = new Hit(new Passage(GUIDE, 70, List.of("Glossary"), null,
        "Care leavers: people up to their 25th birthday who were looked after"), 6.07, 0.27, true, true, true);
    Hit far = new Hit(new Passage(GUIDE, 90, List.of("Glossary"), null, "Carers: people who look after someone"), 3,
        0.27, true, true, true);

    assertEquals(List.of(row, glossary), PassageSelection.choose(List.of(row, glossary), POLICY));
    assertEquals(List.of(row), PassageSelection.choose(List.of(row, far), POLICY), "one scoring far below stays out");
  }

  @Test
  void the_next_paragraph_of_an_answer_to_a_question_its_heading_asks_is_quoted_with_it() {
    List<String> asked = List.of("FAQs", "I have a disability. Do I have to tell my manager?");
    Hit first = new Hit(new Passage(STRATEGY, 40, asked, null, "You don't have to tell us."), 16, 0.9);
    Hit other = new Hit(new Passage(STRATEGY, 10, List.of("Networks"), null, "The Ability Network meets monthly."), 9, 0.8);
    Hit next = new Hit(new Passage(STRATEGY, 41, asked, null, "You can ask for reasonable adjustments."), 2, 0.3);

    assertEquals(List.of(first, next), PassageSelection.choose(List.of(first, other, next), POLICY));
    Hit underStatement = new Hit(new Passage(STRATEGY, 40, List.of("FAQs", "Disability"), null, "You don't have to."), 16, 0.9);
    Hit after = new Hit(new Passage(STRATEGY, 41, List.of("FAQs", "Disability"), null, "Ask for adjustments."), 2, 0.3);
    assertEquals(List.of(underStatement), PassageSelection.choose(List.of(underStatement, other, after), POLICY),
        "a heading that asks nothing is no answer going on");
  }
}
