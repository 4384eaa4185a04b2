package signpost.bot.slack;

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

/** A screening step's blocks as Slack receives them: quick replies, how to answer in a thread, and the record's link. */
class ScreeningBlocksTest {

  private static final DownloadTokens TOKENS = new DownloadTokens(new byte[32], Clock.systemUTC());
  private static final RecordLinks LINKS = new RecordLinks(List.of("signpost.example.org"), TOKENS);
  private static final Place THREAD = Place.thread("T01", "C02", "1700000000.000100");
  private static final Screening OPEN = Screening.start("SCR-AAAA-BBBB-CCCC", "cambridgeshire", "p-3c9e1f",
      Instant.parse("2026-12-01T09:30:00Z"));

  @Test
  void quick_replies_are_buttons_with_their_conversation_and_text_and_a_thread_says_how_to_answer_in_words() throws Exception {
    JsonNode blocks = SlackBlocksTest.json(ScreeningBlocks.of(step(OPEN, "Cabinet", "A committee"), THREAD, LINKS, "U_SIGNPOST"));

    JsonNode replies = blocks.get(0);
    assertEquals(ScreeningBlocks.REPLIES_BLOCK, replies.path("block_id").asText());
    assertEquals(List.of("signpost_reply_0", "signpost_reply_1"), replies.path("elements").findValuesAsText("action_id"));
    assertEquals(Optional.of(new QuickReply("slack:T01:C02:1700000000.000100", "A committee")),
        QuickReply.parse(replies.at("/elements/1/value").asText()));
    assertEquals(List.of("_Answer in this thread, starting with <@U_SIGNPOST>, or pick a reply above._"), Blocks.contextLines(blocks));
    String url = blocks.get(2).at("/elements/0/url").asText();
    String prefix = "https://signpost.example.org/api/screenings/SCR-AAAA-BBBB-CCCC.pdf?token=";
    assertTrue(url.startsWith(prefix), url);
    assertEquals(Optional.of("p-3c9e1f"), TOKENS.owner(url.substring(prefix.length()), "SCR-AAAA-BBBB-CCCC"));
    assertEquals(3, blocks.size());
  }

  @Test
  void in_a_direct_message_there_is_no_need_to_mention_signpost() throws Exception {
    JsonNode blocks = SlackBlocksTest.json(ScreeningBlocks.of(step(OPEN, "Staff"), Place.direct("T01", "D03", null), LINKS, "U_SIGNPOST"));

    assertEquals(List.of(), Blocks.contextLines(blocks));
    assertEquals("{\"conversation\":\"slack:T01:D03\",\"text\":\"Staff\"}", blocks.at("/0/elements/0/value").asText());
  }

  @Test
  void without_a_public_host_the_reply_says_how_to_get_the_record_instead_of_a_link() throws Exception {
    RecordLinks none = new RecordLinks(List.of(), TOKENS);

    JsonNode blocks = SlackBlocksTest.json(ScreeningBlocks.of(new Reply(answer(null), "c", OPEN), THREAD, none, null));

    assertEquals(List.of("No download link: this Signpost has no public address (SIGNPOST_PUBLIC_HOSTS). Keep the reference "
        + "SCR-AAAA-BBBB-CCCC; whoever runs Signpost can export the record with `screening export SCR-AAAA-BBBB-CCCC`."),
        Blocks.contextLines(blocks));
  }

  @Test
  void outside_a_screening_or_once_it_is_dropped_there_is_nothing_to_add() {
    assertEquals(List.of(), ScreeningBlocks.of(new Reply(answer(null), "c", null), THREAD, LINKS, null));
    assertEquals(List.of(), ScreeningBlocks.of(new Reply(answer(null), "c", OPEN.withStatus(Status.ABANDONED, Instant.now())),
        THREAD, LINKS, null));
  }

  private static Reply step(Screening screening, String... replies) {
    return new Reply(answer(new NextQuestion(Slot.DECISION, "Who makes the decision, and when?", List.of(replies), "AskWhoDecides")),
        THREAD.key(), screening);
  }

  private static Answer answer(NextQuestion next) {
    return new Answer("q1", "question", "cambridgeshire", true, Intent.EQIA,
        List.of(new Paragraph(Paragraph.Kind.BODY, "Who makes the decision, and when?", null)), 1.0, List.of(), List.of(), null,
        List.of(), next);
  }
}
