package signpost.bot.teams;

import com.auth0.jwt.exceptions.JWTVerificationException;
import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.builder.InvokeResponse;
import com.microsoft.bot.connector.authentication.AuthenticationException;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Serialization;
import java.util.concurrent.CompletableFuture;
import signpost.bot.logging.RequestId;

/**
 * The {@link Protocol} served by the Bot Framework Java SDK: the SDK checks the token (when an app id is set) before
 * any turn runs, then runs the {@link Turns} and collects an invoke's response. Token failures, thrown at once or
 * later, are 401; a failed turn has already been answered by {@link Boundary#turnFailed}.
 */
final class BotFrameworkProtocol implements Protocol {

  private final SignpostAdapter adapter;
  private final Turns turns;
  private final boolean localOnly;

  /** @param localOnly true in local development mode: replies may go to this machine only */
  BotFrameworkProtocol(SignpostAdapter adapter, Turns turns, boolean localOnly) {
    this.adapter = adapter;
    this.turns = turns;
    this.localOnly = localOnly;
    adapter.setOnTurnError((context, failure) -> {
      try (RequestId.Scope scope = RequestId.open(RequestId.plain(context.getActivity().getId()).orElse(null))) {
        Boundary.turnFailed(new SdkTurn(context), failure);
      }
      return CompletableFuture.completedFuture(null);
    });
  }

  @Override
  public Outcome process(String authorization, JsonNode json) {
    Activity activity;
    try {
      activity = Serialization.treeToValue(json, Activity.class);
    } catch (RuntimeException e) {
      activity = null;
    }
    if (activity == null || activity.getType() == null || activity.getServiceUrl() == null) {
      return Outcome.error(400, "expected a Bot Framework activity with \"type\" and \"serviceUrl\" like " + MessagesServlet.EXAMPLE);
    }
    String refusal = ServiceUrls.refusal(activity.getServiceUrl(), localOnly);
    if (refusal != null) return Outcome.error(400, refusal);
    // The SDK makes an activity's locale the whole JVM's default locale; Signpost answers in English regardless.
    activity.setLocale(null);
    // The SDK may run the turn on a thread of its own once the token is checked: it logs under this request's id.
    String requestId = RequestId.current();
    try {
      InvokeResponse response = adapter.processIncomingActivity(authorization, activity, context -> {
        try (RequestId.Scope scope = RequestId.open(requestId)) {
          turns.handle(new SdkTurn(context, Incoming.of(json)));
          return CompletableFuture.completedFuture(null);
        } catch (RuntimeException e) {
          return CompletableFuture.failedFuture(e);
        }
      }).join();
      return response == null ? Outcome.ok() : Outcome.of(response.getStatus(), (JsonNode) response.getBody());
    } catch (RuntimeException e) {
      Throwable cause = Boundary.unwrap(e);
      if (cause instanceof AuthenticationException || cause instanceof JWTVerificationException) return Boundary.unauthenticated(cause);
      return Boundary.failed(cause);
    }
  }
}
