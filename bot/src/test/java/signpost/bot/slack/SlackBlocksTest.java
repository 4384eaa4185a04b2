package signpost.bot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.util.json.GsonFactory;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import signpost.bot.core.Answer;
import signpost.bot.core.Citation;
import signpost.bot.core.ContactCard;
import signpost.bot.core.Paragraph;
import signpost.bot.core.Paragraph.Kind;
import signpost.rules.decision.EqiaVerdict;
import signpost.rules.decision.Intent;
import signpost.rules.decision.Verdict;

/** Block Kit as Slack receives it, asserted exactly; long answers cut under Slack's limits. */
class SlackBlocksTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  static JsonNode json(List<LayoutBlock> blocks) throws Exception {
    return JSON.readTree(GsonFactory.createSnakeCase().toJson(blocks));
  }

  private static Answer eqiaAnswer() {
    ContactCard superUsers = new ContactCard("EqIA Super Users", null, "Sign off EqIAs & advise.", "cambridgeshire.yaml");
    List<Paragraph> text = List.of(new Paragraph(Kind.VERDICT, "EqIA: required."),
        new Paragraph(Kind.REASONS, "Why:\n- Cutting a service affects the people who use it."),
        new Paragraph(Kind.NEXT_STEPS, "Next steps:\n- Do the EqIA before deciding. [1]"),
        Paragraph.contacts("Who advises and signs off", List.of(superUsers)));
    EqiaVerdict verdict = new EqiaVerdict(Verdict.REQUIRED, List.of("Cutting a service affects the people who use it."),
        List.of(), List.of(), List.of("Do the EqIA before deciding."), List.of(), List.of());
    return new Answer("slack-Ev1", "Do we need an EqIA?", "cambridgeshire", true, Intent.EQIA, text, 0.9,
        List.of(new Citation("guide.md", "Signpost legal guide", "Equality Impact Assessments > When", null, "snippet"),
            new Citation("strategy.pdf", "Strategy 2023", "Our duty", 9, "snippet")),
        List.of(superUsers), verdict, List.of("AnswerAsEqia"));
  }

  private static Paragraph body(String text) {
    return new Paragraph(Kind.BODY, text);
  }

  @Test
  void an_eqia_answer_leads_with_the_verdict_and_shows_reasons_contacts_sources_and_buttons_once() throws Exception {
    JsonNode expected = JSON.readTree("""
        [
          {"type": "section", "text": {"type": "mrkdwn",
            "text": ":clipboard: *EqIA: required*\\n• Cutting a service affects the people who use it."}},
          {"type": "section", "text": {"type": "mrkdwn", "text": "*Next steps:*\\n• Do the EqIA before deciding. [1]"}},
          {"type": "section", "text": {"type": "mrkdwn",
            "text": "*Who advises and signs off*\\n• *EqIA Super Users*: Sign off EqIAs &amp; advise."}},
          {"type": "divider"},
          {"type": "context", "elements": [
            {"type": "mrkdwn", "text": "[1] Signpost legal guide &gt; Equality Impact Assessments &gt; When"},
            {"type": "mrkdwn", "text": "[2] Strategy 2023 &gt; Our duty, p. 9"}]},
          {"type": "actions", "block_id": "signpost_answer", "elements": [
            {"type": "button", "text": {"type": "plain_text", "text": "👍 Helpful", "emoji": true},
             "action_id": "signpost_helpful", "value": "slack-Ev1"},
            {"type": "button", "text": {"type": "plain_text", "text": "👎 Not helpful", "emoji": true},
             "action_id": "signpost_not_helpful", "value": "slack-Ev1"},
            {"type": "button", "text": {"type": "plain_text", "text": "Why?", "emoji": true},
             "action_id": "signpost_why", "value": "slack-Ev1"}]}
        ]""");

    assertEquals(expected, json(SlackBlocks.answer(eqiaAnswer())));
  }

  @Test
  void the_fallback_text_is_short_plain_text() {
    String fallback = SlackBlocks.fallback(eqiaAnswer());

    assertTrue(fallback.startsWith("EqIA: required.  Why: - Cutting a service"), fallback);
    assertTrue(fallback.length() <= 300);
  }

  @Test
  void a_long_answer_is_cut_between_paragraphs_under_slacks_limits_with_a_pointer_to_the_source() throws Exception {
    List<Paragraph> paragraphs = new ArrayList<>();
    for (int i = 0; i < 80; i++) {
      paragraphs.add(body(("Paragraph " + i + " says something worth reading. ").repeat(40).strip() + (i == 60 ? " [2]" : "")));
    }
    List<Citation> sources = List.of(new Citation("a.md", "Guide", null, null, "s"), new Citation("b.pdf", "Strategy", "Aims", 4, "s"));
    Answer answer = new Answer("slack-long", "q", null, true, Intent.FACT, paragraphs, 0.8, sources,
        List.of(), null, List.of());

    JsonNode blocks = json(SlackBlocks.answer(answer));

    assertEquals(SlackBlocks.MAX_BLOCKS, blocks.size());
    for (JsonNode block : blocks) {
      if (block.has("text")) assertTrue(block.get("text").get("text").asText().length() <= SlackBlocks.SECTION_LIMIT);
    }
    List<String> sections = Blocks.sections(blocks);
    assertTrue(sections.get(0).startsWith("Paragraph 0 says"), sections.get(0));
    assertTrue(sections.get(sections.size() - 1).endsWith("worth reading."), "cut between paragraphs, not inside one");
    assertEquals("_This answer is cut short to fit Slack._ _Read the rest in [2] Strategy &gt; Aims, p. 4._",
        Blocks.contextLines(blocks).get(0));
    assertEquals("actions", Blocks.last(blocks).get("type").asText());
  }

  @Test
  void an_answer_without_sources_or_contacts_is_its_text_and_the_buttons() throws Exception {
    Answer answer = new Answer("slack-2", "q", null, false, Intent.UNKNOWN, List.of(body("I can't answer that <reliably>.")), 0, List.of(),
        List.of(), null, List.of());

    JsonNode blocks = json(SlackBlocks.answer(answer));

    assertEquals(2, blocks.size());
    assertEquals("I can't answer that &lt;reliably&gt;.", Blocks.text(blocks.get(0)));
  }

  @Test
  void a_refusals_contacts_are_shown_once_under_their_lead_and_its_closing_line_stays_in_the_text() throws Exception {
    ContactCard team = new ContactCard("EDI Team", null, "edi@example.gov.uk", null);
    List<Paragraph> refusal = List.of(body("I can't find that."),
        Paragraph.contacts("For EDI questions I can't answer, ask", List.of(team)),
        new Paragraph(Kind.AFTER_CONTACTS, "For anything else, ask your manager."));
    Answer answer = new Answer("slack-4", "Canteen?", null, false, Intent.UNKNOWN, refusal, 0, List.of(), List.of(team), null,
        List.of());

    List<String> sections = Blocks.sections(json(SlackBlocks.answer(answer)));

    assertEquals(List.of("I can't find that.\n\nFor anything else, ask your manager.",
        "*For EDI questions I can't answer, ask*\n• *EDI Team*: edi@example.gov.uk"), sections);
  }

  @Test
  void why_lists_the_rules_and_the_verdicts_reasons_open_questions_and_caveats() throws Exception {
    EqiaVerdict verdict = new EqiaVerdict(Verdict.SCREENING, List.of("It may affect residents."), List.of(), List.of(), List.of(),
        List.of("Does it change who can use the service?"), List.of("The decision is already taken."));
    Answer answer = new Answer("slack-3", "q", null, true, Intent.EQIA, List.of(new Paragraph(Kind.VERDICT, "EqIA: screening.")), 0.7, List.of(), List.of(), verdict,
        List.of("AnswerAsEqia", "ScreenWhenUnsure"));

    List<String> sections = Blocks.sections(json(WhyBlocks.of(answer)));

    assertEquals(List.of("*Why this answer*\nKind of question: eqia",
        "*Rules that decided it:*\n• AnswerAsEqia\n• ScreenWhenUnsure",
        "*EqIA screening, because:*\n• It may affect residents.",
        "*What would settle it:*\n• Does it change who can use the service?",
        "*Important:*\n• The decision is already taken."), sections);
  }

  @Test
  void the_home_tab_says_when_no_organisation_is_set() throws Exception {
    JsonNode blocks = JSON.readTree(GsonFactory.createSnakeCase().toJson(HelpBlocks.home(null))).get("blocks");

    assertEquals("*Answering for:* no organisation is set for this workspace, so answers come from the built-in legal guide "
        + "and shared documents.", Blocks.sections(blocks).get(1));
  }
}
