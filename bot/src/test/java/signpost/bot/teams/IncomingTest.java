package signpost.bot.teams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Activities as Teams sends them, read as the channel needs them. */
class IncomingTest {

  @Test
  void a_personal_message_is_a_personal_question_with_its_tenant() {
    Incoming incoming = Incoming.of(TeamsFixture.load("personal-message.json"));

    assertEquals(Incoming.Kind.MESSAGE, incoming.kind());
    assertEquals(Incoming.Scope.PERSONAL, incoming.scope());
    assertEquals("What is the Public Sector Equality Duty?", incoming.text());
    assertEquals(TeamsFixture.CAMBS_TENANT, incoming.tenantId());
    assertFalse(incoming.mentioned());
    assertNull(incoming.value());
  }

  @Test
  void a_channel_mention_loses_the_mention_and_keeps_its_thread() {
    Incoming incoming = Incoming.of(TeamsFixture.load("channel-mention.json"));

    assertEquals(Incoming.Scope.CHANNEL, incoming.scope());
    assertTrue(incoming.mentioned());
    assertEquals("What is the Public Sector Equality Duty?", incoming.text());
    assertEquals("19:4a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d@thread.tacv2;messageid=1763633802123", incoming.conversationId());
  }

  @Test
  void a_group_chat_message_without_a_mention_is_not_for_signpost() {
    Incoming incoming = Incoming.of(TeamsFixture.load("group-chat-message.json"));

    assertEquals(Incoming.Scope.GROUP, incoming.scope());
    assertFalse(incoming.mentioned());
  }

  @Test
  void a_conversation_update_adding_signpost_says_so() {
    Incoming incoming = Incoming.of(TeamsFixture.load("conversation-update-bot-added.json"));

    assertEquals(Incoming.Kind.CONVERSATION_UPDATE, incoming.kind());
    assertTrue(incoming.botAdded());
  }

  @Test
  void an_invoke_and_a_submit_carry_their_values() {
    Incoming invoke = Incoming.of(TeamsFixture.load("adaptive-card-action.json"));
    Incoming submit = Incoming.of(TeamsFixture.load("message-back-submit.json"));

    assertEquals(Incoming.Kind.INVOKE, invoke.kind());
    assertEquals("adaptiveCard/action", invoke.name());
    assertEquals("helpful", invoke.value().at("/action/verb").asText());
    assertEquals(Incoming.Kind.MESSAGE, submit.kind());
    assertEquals("", submit.text());
    assertEquals("why", submit.value().path("verb").asText());
  }

  @Test
  void mentions_are_removed_as_written_and_markup_is_read_as_text() {
    assertEquals("What is (PSED)?", TeamsText.question("<at>Signpost (EDI)</at> What is (PSED)?", List.of("<at>Signpost (EDI)</at>")));
    assertEquals("Alex, what is a reasonable adjustment?",
        TeamsText.question("<p><at>Alex</at>, what is a <b>reasonable</b>&nbsp;adjustment?</p>", List.of()));
    assertEquals("Is <this> & that \"fine\"?", TeamsText.question("Is &lt;this&gt; &amp; that &quot;fine&quot;?", List.of()));
    assertEquals("", TeamsText.question(null, List.of()));
    assertTrue(TeamsText.asksForHelp(TeamsText.question("<at>Signpost</at> ", List.of("<at>Signpost</at>"))));
  }
}
