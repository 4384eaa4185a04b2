package signpost.bot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.slack.api.bolt.util.JsonOps;
import java.util.List;
import org.junit.jupiter.api.Test;
import signpost.bot.core.Answer;
import signpost.bot.core.Citation;
import signpost.bot.core.Paragraph;
import signpost.bot.core.Paragraph.Kind;
import signpost.rules.decision.Intent;

/** A /edi acknowledgement rendered once for an answer and filled with each copy's id is what Bolt would have sent. */
class RenderedAnswersTest {

  private static Answer answer(String id, String text) {
    return new Answer(id, "What is the PSED?", "cambridgeshire", true, Intent.DUTY, List.of(new Paragraph(Kind.BODY, text)), 0.9,
        List.of(new Citation("guide.md", "Signpost legal guide", "The duty", null, "snippet")), List.of(), null, List.of());
  }

  @Test
  void copies_of_one_answer_are_rendered_once_each_with_its_own_id_exactly_as_bolt_serialises_it() {
    RenderedAnswers rendered = new RenderedAnswers();
    Answer cached = answer(null, "The general duty has three aims: \"due regard\" <to> eliminating discrimination & more. [1]");
    for (String id : List.of("slack-first", "slack-second \"quoted\"", "slack-third")) {
      Answer copy = cached.withId(id);
      assertEquals(JsonOps.toJsonString(RenderedAnswers.response(copy)), rendered.json(copy));
    }
    assertEquals(1, rendered.size());
    assertNotEquals(rendered.json(cached.withId("slack-a")), rendered.json(cached.withId("slack-b")));
  }

  @Test
  void an_equal_answer_made_anew_is_rendered_again_and_rightly() {
    RenderedAnswers rendered = new RenderedAnswers();
    Answer one = answer("slack-1", "The same text. [1]");
    Answer again = answer("slack-2", "The same text. [1]");

    assertEquals(JsonOps.toJsonString(RenderedAnswers.response(one)), rendered.json(one));
    assertEquals(JsonOps.toJsonString(RenderedAnswers.response(again)), rendered.json(again));
    assertEquals(2, rendered.size());
  }

  @Test
  void answers_that_differ_in_more_than_their_id_are_rendered_apart() {
    RenderedAnswers rendered = new RenderedAnswers();
    Answer one = answer("slack-1", "One text. [1]");
    Answer other = answer("slack-2", "Another text. [1]");
    assertEquals(JsonOps.toJsonString(RenderedAnswers.response(one)), rendered.json(one));
    assertEquals(JsonOps.toJsonString(RenderedAnswers.response(other)), rendered.json(other));
    assertEquals(2, rendered.size());
  }

  @Test
  void an_answer_without_buttons_is_rendered_every_time_and_not_kept() {
    RenderedAnswers rendered = new RenderedAnswers();
    Answer withoutId = answer(null, "No buttons here. [1]");
    assertEquals(JsonOps.toJsonString(RenderedAnswers.response(withoutId)), rendered.json(withoutId));
    assertEquals(0, rendered.size());
  }
}
