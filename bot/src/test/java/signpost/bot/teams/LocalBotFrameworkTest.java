package signpost.bot.teams;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import signpost.bot.config.TeamsMode;

/** The benchmark's Bot Framework stand-in, with the real Teams channel checking its tokens and posting to it. */
class LocalBotFrameworkTest {

  @Test
  void an_activity_with_its_token_is_answered_through_it_and_a_token_for_another_app_is_refused() throws Exception {
    try (LocalBotFramework botFramework = LocalBotFramework.start();
         TeamsFixture teams = TeamsFixture.local(Map.of("MICROSOFT_APP_ID", TeamsFixture.APP_ID,
             "MICROSOFT_APP_PASSWORD", TeamsFixture.APP_PASSWORD, "BOT_OPENID_METADATA_URL", botFramework.openIdMetadataUrl(),
             "BOT_TOKEN_URL", botFramework.tokenUrl()))) {
      ObjectNode message = teams.activity("personal-message.json");
      message.put("serviceUrl", botFramework.serviceUrl());

      HttpResponse<String> genuine = teams.post(message.toString(), botFramework.authorization(TeamsFixture.APP_ID, Duration.ofMinutes(5)));
      HttpResponse<String> otherApp = teams.post(message.toString(), botFramework.authorization("another-app", Duration.ofMinutes(5)));

      assertEquals(TeamsMode.AUTHENTICATED, teams.channel.mode());
      assertEquals(200, genuine.statusCode(), genuine.body());
      assertEquals(401, otherApp.statusCode(), otherApp.body());
      assertEquals(1, botFramework.replies(), "the answer, for the genuine activity only");
    }
  }
}
