package signpost.bot.teams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.restclient.serializer.JacksonAdapter;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ActivityTypes;
import com.microsoft.bot.schema.Attachment;
import com.microsoft.bot.schema.ResourceResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import signpost.bot.core.Answer;
import signpost.bot.core.Question;
import signpost.bot.core.SharedCorpus;

/** What Signpost sends the Bot Connector is the JSON the SDK writes, without the SDK spreading dotted keys. */
class ConnectorJsonTest {

  private static final ObjectMapper TREES = new ObjectMapper();
  private static final List<String> QUESTIONS = List.of(
      "What is the Public Sector Equality Duty?",
      "Do I need an EqIA for cutting day-centre hours?",
      "Who are the EDI contacts?",
      "what does the PSED mean for my team?",
      "I've been called names at work because of my religion, what can I do?");

  @Test
  void each_reply_is_written_as_the_sdk_writes_it() throws Exception {
    List<Activity> replies = new ArrayList<>();
    for (String question : QUESTIONS) {
      for (String org : new String[] {null, "cambridgeshire", "derbyshire"}) {
        Answer answer = SharedCorpus.pipeline().answer(new Question("teams-" + replies.size(), question, org));
        replies.add(SdkTurn.activity(Outgoing.card(AnswerCard.of(answer))));
        replies.add(SdkTurn.activity(Outgoing.card(AnswerCard.explained(answer))));
      }
    }
    replies.add(SdkTurn.activity(Outgoing.text("Signpost is busy just now: please ask again in a minute.")));
    replies.add(new Activity(ActivityTypes.TYPING));

    JacksonAdapter sdk = new JacksonAdapter();
    ConnectorJson ours = new ConnectorJson();
    for (Activity reply : replies) {
      reply.setReplyToId("1763633702351");
      JsonNode expected = TREES.readTree(sdk.serialize(reply));
      assertEquals(expected, TREES.readTree(ours.serialize(reply)));
      assertEquals(expected, TREES.readTree(ours.serializer().writeValueAsBytes(reply)), "as Retrofit's body converter writes it");
    }
    assertTrue(replies.size() > 30);
  }

  @Test
  void a_dotted_key_within_a_card_stays_as_written_where_the_sdk_would_spread_it() throws Exception {
    ObjectNode card = TREES.createObjectNode().put("type", "AdaptiveCard");
    card.putObject("data").put("verb.name", "why");
    Attachment attachment = new Attachment();
    attachment.setContentType(AdaptiveCard.CONTENT_TYPE);
    attachment.setContent(card);
    Activity reply = new Activity(ActivityTypes.MESSAGE);
    reply.setAttachments(List.of(attachment));

    JsonNode written = TREES.readTree(new ConnectorJson().serialize(reply));

    assertEquals("why", written.at("/attachments/0/content/data").get("verb.name").asText(), written.toString());
    JsonNode sdk = TREES.readTree(new JacksonAdapter().serialize(reply));
    assertEquals("why", sdk.at("/attachments/0/content/data/verb/name").asText(), "the SDK's own pass spreads it: " + sdk);
  }

  @Test
  void what_the_bot_connector_answers_is_read_as_the_sdk_reads_it() throws Exception {
    String body = "{\"id\":\"reply-7\"}";

    ResourceResponse read = new ConnectorJson().deserialize(body, ResourceResponse.class);

    assertEquals(new JacksonAdapter().<ResourceResponse>deserialize(body, ResourceResponse.class).getId(), read.getId());
    assertEquals("reply-7", read.getId());
  }
}
