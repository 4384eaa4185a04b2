package signpost.bot.teams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.connector.rest.RestConnectorClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.junit.jupiter.api.Test;
import signpost.bot.config.TeamsSettings;
import signpost.bot.server.NoDelaySockets;

/** How the adapter sends replies: many at once to Teams' one connector host, without Nagle's delay. */
class SignpostAdapterTest {

  private static final int CONVERSATIONS = 8;

  @Test
  void replies_to_more_than_five_conversations_are_in_flight_to_one_connector_at_once() throws Exception {
    AtomicInteger inFlight = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    CountDownLatch allArrived = new CountDownLatch(CONVERSATIONS);
    Server connector = slowConnector(inFlight, most, allArrived);
    try (TeamsFixture teams = TeamsFixture.local()) {
      String serviceUrl = "http://127.0.0.1:" + ((ServerConnector) connector.getConnectors()[0]).getLocalPort();
      List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
      for (int i = 0; i < CONVERSATIONS; i++) {
        ObjectNode message = teams.activity("personal-message.json");
        message.put("serviceUrl", serviceUrl);
        message.with("conversation").put("id", "a:conversation-" + i);
        answers.add(CompletableFuture.supplyAsync(() -> post(teams, message)));
      }
      for (CompletableFuture<HttpResponse<String>> answer : answers) assertEquals(200, answer.get(30, TimeUnit.SECONDS).statusCode());
      assertEquals(CONVERSATIONS, most.get(), "OkHttp's default lets only 5 requests to one host be in flight");
    } finally {
      connector.stop();
    }
  }

  @Test
  void replies_go_out_on_sockets_without_nagles_delay() {
    TeamsSettings settings = new TeamsSettings(null, null, null, null, null, true, false, Map.of(), null, Map.of());
    SignpostAdapter adapter = new SignpostAdapter(settings, null, Clock.systemUTC());
    RestConnectorClient client = (RestConnectorClient) adapter.getOrCreateConnectorClient("http://127.0.0.1:1/", null).join();
    // A card past OkHttp's 8 KB buffer went out in two writes, the second held 40 ms for the connector's acknowledgement.
    assertSame(NoDelaySockets.INSTANCE, client.getRestClient().httpClient().socketFactory());
  }

  private static HttpResponse<String> post(TeamsFixture teams, ObjectNode message) {
    try {
      return teams.post(message);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** A connector that holds each reply until every conversation's first reply has arrived, or 3 s have passed. */
  private static Server slowConnector(AtomicInteger inFlight, AtomicInteger most, CountDownLatch allArrived) throws Exception {
    Server server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setHost("127.0.0.1");
    server.addConnector(connector);
    server.setHandler(new Handler.Abstract() {
      @Override
      public boolean handle(Request request, Response response, Callback callback) throws Exception {
        Content.Source.asString(request, StandardCharsets.UTF_8);
        most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        allArrived.countDown();
        allArrived.await(3, TimeUnit.SECONDS);
        inFlight.decrementAndGet();
        Content.Sink.write(response, true, "{\"id\":\"reply\"}", callback);
        return true;
      }
    });
    server.start();
    return server;
  }
}
