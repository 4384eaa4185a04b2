package signpost.bot.teams;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A burst of messages each with a token not seen before, as when Teams renews its tokens at a busy moment: each token
 * is checked asynchronously, and each turn then waits for its reply to be taken. Every message is answered.
 */
class TeamsBurstTest {

  private static final int MESSAGES = 120;

  @Test
  void a_burst_of_messages_with_new_tokens_is_answered_in_full() throws Exception {
    try (LocalBotFramework botFramework = LocalBotFramework.start();
         TeamsFixture teams = TeamsFixture.serving(Map.of("MICROSOFT_APP_ID", TeamsFixture.APP_ID,
             "MICROSOFT_APP_PASSWORD", TeamsFixture.APP_PASSWORD, "BOT_OPENID_METADATA_URL", botFramework.openIdMetadataUrl(),
             "BOT_TOKEN_URL", botFramework.tokenUrl(), "SIGNPOST_MAX_REQUESTS_PER_CLIENT", "1000"))) {
      List<String> bodies = new ArrayList<>();
      List<String> tokens = new ArrayList<>();
      for (int i = 0; i < MESSAGES; i++) {
        ObjectNode message = teams.activity("personal-message.json");
        message.put("serviceUrl", botFramework.serviceUrl());
        message.with("conversation").put("id", "a:burst-" + i);
        message.put("text", "Who advises on EqIAs? (" + i + ")");
        bodies.add(message.toString());
        // A token of its own: each expires a second after the one before.
        tokens.add(botFramework.authorization(TeamsFixture.APP_ID, Duration.ofMinutes(5).plusSeconds(i)));
      }
      ExecutorService senders = Executors.newFixedThreadPool(MESSAGES);
      try {
        List<Future<HttpResponse<String>>> sent = new ArrayList<>();
        for (int i = 0; i < MESSAGES; i++) {
          int n = i;
          sent.add(senders.submit(() -> teams.post(bodies.get(n), tokens.get(n))));
        }
        for (Future<HttpResponse<String>> response : sent) {
          // Before the turns ran on the request threads, the SDK's pool held them all: no answer ever came.
          assertEquals(200, response.get(60, TimeUnit.SECONDS).statusCode());
        }
      } finally {
        senders.shutdownNow();
      }
      assertEquals(MESSAGES, botFramework.replies());
    }
  }
}
