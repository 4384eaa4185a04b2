package signpost.bot.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import signpost.knowledge.Document;
import signpost.knowledge.Passage;

class HeadingLeadTest {

  private static final Document PLAN = new Document("plan.pdf", "Plan", "a", "strategy", null, null, false);

  private static Passage passage(List<String> section, String text) {
    return new Passage(PLAN, 1, section, 3, text);
  }

  @Test
  void a_date_only_the_heading_gives_leads_the_quote() {
    Passage actions = passage(List.of("Delivery Plan", "By the end of March 2023, we will have"), "- Launched an online portal.");

    assertEquals("By the end of March 2023, we will have:\n", HeadingLead.lead(actions));
  }

  @Test
  void a_heading_without_a_date_or_a_text_that_has_it_adds_nothing() {
    assertEquals("", HeadingLead.lead(passage(List.of("Our vision"), "A fairer county.")));
    assertEquals("", HeadingLead.lead(passage(List.of("Timetable 2024"), "Consultation closes in 2024.")));
    assertEquals("", HeadingLead.lead(passage(List.of(), "No heading at all.")));
    assertEquals("", HeadingLead.lead(passage(List.of("Networks"), "Our networks are:\n- Women's Network")));
  }

  @Test
  void a_bare_list_is_quoted_after_its_heading_which_says_what_it_lists() {
    assertEquals("Armed Forces Network:\n", HeadingLead.lead(passage(List.of("Staff networks", "Armed Forces Network"),
        "- Chair: Gareth Lowther\n- How to join: email armedforces@northmoor.nhs.uk")));
  }

  @Test
  void an_item_its_heading_leads_into_is_quoted_after_it() {
    assertEquals("You do not need an EFIA for:\n", HeadingLead.lead(passage(List.of("When do I need an EFIA?",
        "You do not need an EFIA for:"), "routine maintenance and repairs, where access and layout stay the same;")));
    assertEquals("", HeadingLead.lead(passage(List.of("Examples:"), "Examples are given in the table.")),
        "a sentence of its own needs no lead");
  }

  @Test
  void a_heading_naming_who_answers_for_the_passage_leads_it() {
    Passage why = passage(List.of("Objective 4: Reduce inequality", "Objective sponsor: Dr Helen Marsh, Director of Public Health"),
        "Why this matters: 34% of the city's children live in relative poverty.");

    assertEquals("Objective 4: Reduce inequality\nObjective sponsor: Dr Helen Marsh, Director of Public Health\n",
        HeadingLead.lead(why));
    assertEquals("", HeadingLead.lead(passage(List.of("Our lead role in the region"), "We lead on fair work.")));
    assertEquals("", HeadingLead.lead(passage(List.of("Chair: Gareth Lowther"), "Chair: Gareth Lowther. Meets monthly.")));
  }

  @Test
  void the_numbered_objective_a_passage_lies_within_leads_it_where_its_text_does_not_name_it() {
    Passage actions = passage(List.of("Equality Objectives 2026-2030", "Objective 3: A workforce that reflects Hallowmere",
        "What we will do"), "Action: 3.1 Increase the proportion of our top 5% of earners from ethnic minorities");

    assertEquals("Objective 3: A workforce that reflects Hallowmere\n", HeadingLead.lead(actions));
    assertEquals("", HeadingLead.lead(passage(List.of("Objective 3: A workforce that reflects Hallowmere", "Actions"),
        "Objective 3: A workforce that reflects Hallowmere. We will publish our pay gaps.")), "named already");
    assertEquals("", HeadingLead.lead(passage(List.of("Objective 3: A workforce that reflects Hallowmere"),
        "We will publish our pay gaps.")), "its own heading, not one it lies within");
  }

  @Test
  void a_numbered_objective_under_a_numbered_section_leads_too() {
    Passage actions = passage(List.of("5. Our equality objectives 2025-2029", "5.2 Objective 2: Getting there without a car",
        "What we will do"), "We will write equality standards into every supported bus contract.");

    assertEquals("5.2 Objective 2: Getting there without a car\n", HeadingLead.lead(actions));
  }
}
