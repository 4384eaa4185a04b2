package signpost.bot.teams;

import com.auth0.jwt.exceptions.JWTVerificationException;
import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.connector.authentication.AuthenticationException;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Serialization;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import signpost.bot.config.Config;
import signpost.bot.config.TeamsSettings;
import signpost.bot.server.Mount;

/**
 * The least a Bot Framework bot can do for an authenticated message: the SDK's adapter, checking the token with the
 * SDK's own validation on every request, and a turn that sends one fixed text back to the connector. The server
 * benchmark runs it beside Signpost to separate what the SDK costs from what answering costs, as {@code BoltBaseline}
 * does for Slack. Only what cannot run stock here is Signpost's: the app's own token comes from {@code BOT_TOKEN_URL},
 * and replies to one connector host are not held to five at a time (see {@link SignpostAdapter}).
 */
public final class SdkBaseline {

  public static final String TEXT = "Bot Framework SDK alone";

  private SdkBaseline() {}

  /**
   * Returns the baseline's servlet at {@link TeamsChannel#MESSAGES_PATH}, for the app id, password and endpoints of
   * {@code config}.
   */
  public static Mount mount(Config config) {
    TeamsSettings settings = config.teams();
    TokenClient tokens = new TokenClient(settings.tokenUrl(), settings.appId(), settings.appPassword(), Clock.systemUTC(), settings.timeout());
    return new Mount(TeamsChannel.MESSAGES_PATH, new Servlet(SignpostAdapter.withSdkChecks(settings, tokens)));
  }

  private static final class Servlet extends HttpServlet {

    private final transient SignpostAdapter adapter;

    Servlet(SignpostAdapter adapter) {
      this.adapter = adapter;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
      String body = new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      try {
        Activity activity = Serialization.treeToValue(Serialization.jsonToTree(body), Activity.class);
        adapter.processIncomingActivity(request.getHeader("Authorization"), activity,
            turn -> turn.sendActivity(MessageFactory.text(TEXT)).thenAccept(sent -> {})).join();
        response.setStatus(200);
      } catch (RuntimeException e) {
        Throwable cause = Boundary.unwrap(e);
        response.sendError(cause instanceof AuthenticationException || cause instanceof JWTVerificationException ? 401 : 500);
      }
    }
  }
}
