package signpost.bot.teams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import signpost.bot.conversation.Reply;
import signpost.bot.core.Answer;
import signpost.bot.core.Paragraph;
import signpost.bot.screening.DownloadTokens;
import signpost.bot.screening.RecordLinks;
import signpost.bot.screening.Screening;
import signpost.bot.screening.Status;
import signpost.rules.decision.Intent;
import signpost.rules.decision.NextQuestion;
import signpost.rules.screening.Slot;

/** A screening step on an answer card: quick replies as submits, the record's link, and their plain text. */
class ScreeningStepsTest {

  private static final DownloadTokens TOKENS = new DownloadTokens(new byte[32], Clock.systemUTC());
  private static final RecordLinks LINKS = new RecordLinks(List.of("signpost.example.org"), TOKENS);
  private static final Screening OPEN = Screening.start("SCR-AAAA-BBBB-CCCC", "cambridgeshire", "p-3c9e1f",
      Instant.parse("2026-12-01T09:30:00Z"));

  @Test
  void quick_replies_are_submits_carrying_their_text_and_the_record_is_a_link_signed_for_its_owner() throws Exception {
    List<CardElement> steps = ScreeningSteps.of(step(OPEN, "In 3 months", "In 6 months"), LINKS);

    JsonNode replies = steps.get(0).json();
    assertEquals(TeamsFixture.json("{\"type\":\"ActionSet\",\"actions\":["
        + "{\"type\":\"Action.Submit\",\"title\":\"In 3 months\",\"data\":{\"verb\":\"reply\",\"text\":\"In 3 months\"}},"
        + "{\"type\":\"Action.Submit\",\"title\":\"In 6 months\",\"data\":{\"verb\":\"reply\",\"text\":\"In 6 months\"}}]}"), replies);
    JsonNode link = steps.get(1).json().at("/actions/0");
    assertEquals("Action.OpenUrl", link.path("type").asText());
    assertEquals(ScreeningSteps.DOWNLOAD, link.path("title").asText());
    String prefix = "https://signpost.example.org/api/screenings/SCR-AAAA-BBBB-CCCC.pdf?token=";
    String url = link.path("url").asText();
    assertTrue(url.startsWith(prefix), url);
    assertEquals(Optional.of("p-3c9e1f"), TOKENS.owner(url.substring(prefix.length()), "SCR-AAAA-BBBB-CCCC"));
    assertEquals("Reply, or type your own answer: In 3 months | In 6 months", steps.get(0).plain());
    assertEquals("Record: " + ScreeningSteps.DOWNLOAD + " " + url, steps.get(1).plain());
  }

  @Test
  void without_a_public_host_the_card_says_how_to_get_the_record() {
    List<CardElement> steps = ScreeningSteps.of(new Reply(answer(null), "c", OPEN), new RecordLinks(List.of(), TOKENS));

    assertEquals(List.of(CardElement.Text.subtle(RecordLinks.without(OPEN))), steps);
  }

  @Test
  void outside_a_screening_or_once_it_is_dropped_there_is_nothing_to_add() {
    assertEquals(List.of(), ScreeningSteps.of(new Reply(answer(null), "c", null), LINKS));
    assertEquals(List.of(), ScreeningSteps.of(new Reply(answer(null), "c", OPEN.withStatus(Status.ABANDONED, Instant.now())), LINKS));
  }

  private static Reply step(Screening screening, String... replies) {
    return new Reply(answer(new NextQuestion(Slot.REVIEW, "When will you review how the change is working?", List.of(replies),
        "AskWhenReviewed")), "teams:t:a:1", screening);
  }

  private static Answer answer(NextQuestion next) {
    return new Answer("q1", "question", "cambridgeshire", true, Intent.EQIA,
        List.of(new Paragraph(Paragraph.Kind.BODY, "When will you review how the change is working?", null)), 1.0, List.of(),
        List.of(), null, List.of(), next);
  }
}
