package signpost.bot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A document carrying Slack markup ({@code <!channel>}, a user mention, a link whose label hides where it goes),
 * asked about through a real server with a signed {@code /edi}: the markup reaches Slack as words, in the blocks
 * and in the notification text alike.
 */
class DocumentMarkupTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static SlackFixture slack;

  @BeforeAll
  static void start(@TempDir Path knowledge) throws Exception {
    Files.writeString(knowledge.resolve("notice.md"), "# Staff notice\n\n## Staff networks\n\n"
        + "<!channel> The staff networks meet monthly: join through <@U0BOSS> or <https://evil.example/login|the official portal> "
        + "before the first meeting.\n");
    slack = new SlackFixture(SlackFixture.PATIENT, knowledge);
  }

  @AfterAll
  static void stop() {
    slack.close();
  }

  @Test
  void markup_from_a_document_reaches_slack_as_words_in_the_notification_text_and_the_blocks() throws Exception {
    HttpResponse<String> response = slack.requests.send(SignedRequests.slashCommand("When do the staff networks meet?", "T_CAMBS",
        slack.slackApi.responseUrl("markup")), SignedRequests.FORM);

    assertEquals(200, response.statusCode(), response.body());
    JsonNode reply = JSON.readTree(response.body());
    String text = reply.get("text").asText();
    String blocks = reply.get("blocks").toString();
    assertTrue(text.contains("&lt;!channel&gt; The staff networks meet monthly: join through &lt;@U0BOSS&gt; or "
        + "&lt;https://evil.example/login|the official portal&gt;"), text);
    for (String shown : new String[] {text, blocks}) {
      assertFalse(shown.contains("<!channel>") || shown.contains("<@U0BOSS>") || shown.contains("<https://evil"), shown);
    }
    assertTrue(blocks.contains("&lt;!channel&gt;"), blocks);
  }
}
