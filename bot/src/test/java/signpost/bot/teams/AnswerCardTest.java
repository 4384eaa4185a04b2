package signpost.bot.teams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;

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

/** The answer card shows exactly what the answer carries, in Adaptive Cards 1.5 JSON. */
class AnswerCardTest {

  private static final ContactCard ADVISERS =
      new ContactCard("EqIA Super Users", "advisers", "equality@example.gov.uk", "strategy.pdf");
  private static final Answer CONTACT = new Answer("teams-1", "Who advises on EqIAs?", "cambridgeshire", true, Intent.CONTACT,
      List.of(new Paragraph(Kind.BODY, "EqIA Super Users advise on assessments [1]."),
          Paragraph.contacts("Who can help", List.of(ADVISERS))),
      0.9, List.of(new Citation("strategy.pdf", "EDI Strategy", "Our duty", 9, "snippet")), List.of(ADVISERS), null,
      List.of("RouteEqiaAdvice"));

  @Test
  void a_contact_answer_becomes_this_card_exactly() throws Exception {
    String id = "teams-1";
    String expected = "{\"type\":\"AdaptiveCard\",\"$schema\":\"http://adaptivecards.io/schemas/adaptive-card.json\",\"version\":\"1.5\","
        + "\"msteams\":{\"width\":\"Full\"},"
        + "\"fallbackText\":\"EqIA Super Users advise on assessments [1].\\n\\nWho can help\\n\\n- EqIA Super Users: advisers: "
        + "equality@example.gov.uk\\n\\nSources\\n\\n[1] EDI Strategy > Our duty, p. 9\","
        + "\"body\":[{\"type\":\"TextBlock\",\"text\":\"EqIA Super Users advise on assessments [1].\",\"wrap\":true},"
        + "{\"type\":\"TextBlock\",\"text\":\"Who can help\",\"wrap\":true,\"weight\":\"Bolder\"},"
        + "{\"type\":\"FactSet\",\"facts\":[{\"title\":\"EqIA Super Users\",\"value\":\"advisers: equality@example.gov.uk\"}]},"
        + "{\"type\":\"TextBlock\",\"text\":\"Sources\",\"wrap\":true,\"weight\":\"Bolder\"},"
        + "{\"type\":\"TextBlock\",\"text\":\"[1] EDI Strategy > Our duty, p. 9\",\"wrap\":true,\"size\":\"Small\",\"isSubtle\":true}],"
        + "\"actions\":[" + execute("👍 Helpful", "helpful", id) + "," + execute("👎 Not helpful", "not_helpful", id) + ","
        + execute("Why?", "why", id) + "]}";

    assertEquals(TeamsFixture.json(expected), AnswerCard.of(CONTACT).json());
  }

  @Test
  void a_verdict_is_set_apart_by_how_strong_it_is_and_not_repeated_in_the_text() {
    EqiaVerdict screening = new EqiaVerdict(Verdict.SCREENING, List.of("It changes a service"), List.of(), List.of(), List.of(),
        List.of("Who uses it?"), List.of());
    Answer answer = new Answer("teams-2", "Do I need an EqIA?", null, true, Intent.EQIA,
        List.of(new Paragraph(Kind.VERDICT, "EqIA: screening."), new Paragraph(Kind.REASONS, "Why:\n- It changes a service"),
            new Paragraph(Kind.BODY, "Screen it first.")), 0.8, List.of(), List.of(), screening, List.of("Screen"));

    AdaptiveCard card = AnswerCard.of(answer);

    assertEquals(TeamsFixture.jsonUnchecked("{\"type\":\"Container\",\"style\":\"warning\",\"items\":["
        + "{\"type\":\"TextBlock\",\"text\":\"EqIA: screening\",\"wrap\":true,\"weight\":\"Bolder\"},"
        + "{\"type\":\"TextBlock\",\"text\":\"- It changes a service\",\"wrap\":true}]}"), card.json().at("/body/0"));
    assertEquals("Screen it first.", card.json().at("/body/1/text").asText());
    assertEquals(2, card.body().size());
  }

  @Test
  void a_refusals_contacts_are_shown_once_under_their_lead_and_its_closing_line_stays_in_the_text() {
    List<Paragraph> refusal = List.of(new Paragraph(Kind.BODY, "I can't find that."),
        Paragraph.contacts("For EDI questions I can't answer, ask", List.of(ADVISERS)),
        new Paragraph(Kind.AFTER_CONTACTS, "For anything else, ask your manager."));
    Answer answer = new Answer("teams-3", "Canteen?", null, false, Intent.UNKNOWN, refusal, 0, List.of(), List.of(ADVISERS), null,
        List.of());

    assertEquals(List.of("I can't find that.", "For anything else, ask your manager.", "For EDI questions I can't answer, ask",
        "- EqIA Super Users: advisers: equality@example.gov.uk"),
        AnswerCard.of(answer).body().stream().map(CardElement::plain).toList());
  }

  @Test
  void the_explained_card_adds_the_rules_and_open_questions_and_drops_the_why_button() {
    AdaptiveCard card = AnswerCard.explained(CONTACT);

    assertEquals(List.of("helpful", "not_helpful"), TeamsChannelTest.verbs(card.json()));
    assertEquals(List.of("Why this answer", "Kind of question: contact", "Rules that decided it", "- RouteEqiaAdvice"),
        card.body().subList(5, card.body().size()).stream().map(CardElement::plain).toList());
  }

  @Test
  void an_answer_without_an_id_has_no_buttons() {
    Answer anonymous = new Answer(null, "q", null, false, Intent.FACT, List.of(new Paragraph(Kind.BODY, "Nothing reliable.")), 0, List.of(), List.of(), null, List.of());

    assertEquals(false, AnswerCard.of(anonymous).json().has("actions"));
  }

  private static String execute(String title, String verb, String id) {
    return "{\"type\":\"Action.Execute\",\"title\":\"" + title + "\",\"verb\":\"" + verb + "\",\"data\":{\"id\":\"" + id + "\"},"
        + "\"fallback\":{\"type\":\"Action.Submit\",\"title\":\"" + title + "\",\"data\":{\"verb\":\"" + verb + "\",\"id\":\"" + id + "\"}}}";
  }

  @Test
  void markdown_links_in_document_text_are_shown_as_written_but_never_become_links() {
    ContactCard portal = new ContactCard("[Official portal](https://evil.example/login)", "advisers",
        "[email us][1]\n[1]: https://evil.example/mail", "strategy.pdf");
    Answer answer = new Answer("teams-9", "Where do I report?", "cambridgeshire", true, Intent.CONTACT,
        List.of(new Paragraph(Kind.BODY, "Report it on the [official portal](https://evil.example/login) [1].\n\n"
            + "Or see [the guide][g].\n[g]: https://evil.example/guide"), Paragraph.contacts("Who can help", List.of(portal))),
        0.9, List.of(new Citation("strategy.pdf", "EDI [Strategy](https://evil.example/s)", "Our duty", 9, "snippet")),
        List.of(portal), null, List.of());

    AdaptiveCard card = AnswerCard.of(answer);
    String json = card.json().toString();

    for (String link : List.of("](", "][", "]:")) {
      assertFalse(json.contains(link), link + " in " + json);
      assertFalse(card.plain().contains(link), link + " in " + card.plain());
    }
    assertTrue(card.json().at("/body/0/text").asText().replace("\u200B", "")
        .equals("Report it on the [official portal](https://evil.example/login) [1]."));
    assertEquals("[1] EDI [Strategy]\u200B(https://evil.example/s) > Our duty, p. 9", card.json().at("/body/5/text").asText());
  }
}
