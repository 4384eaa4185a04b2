package signpost.bot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.Test;
import signpost.bot.server.Mount;

/** The benchmark's Bolt-only baseline: stock Bolt (its own signature check) on real Jetty. */
class BoltBaselineTest {

  @Test
  void a_signed_slash_command_gets_the_fixed_text_and_an_unsigned_one_401() throws Exception {
    try (FakeSlackApi slackApi = new FakeSlackApi()) {
      Mount bolt = BoltBaseline.mount(SignedRequests.SECRET, slackApi.apiUrl());
      Server server = new Server(0);
      ServletContextHandler context = new ServletContextHandler("/");
      context.addServlet(new ServletHolder(bolt.servlet()), bolt.path());
      server.setHandler(context);
      server.start();
      try {
        int port = ((ServerConnector) server.getConnectors()[0]).getLocalPort();
        SignedRequests requests = new SignedRequests(URI.create("http://127.0.0.1:" + port + SlackChannel.EVENTS_PATH));
        String command = SignedRequests.slashCommand("What is the PSED?", FakeSlackApi.TEAM, slackApi.responseUrl("baseline"));

        HttpResponse<String> signed = requests.send(command, SignedRequests.FORM);
        HttpResponse<String> unsigned = requests.sendRaw(command, SignedRequests.FORM, Map.of());

        assertEquals(200, signed.statusCode(), signed.body());
        assertTrue(signed.body().contains("\"text\":\"" + BoltBaseline.TEXT + "\""), signed.body());
        assertEquals(401, unsigned.statusCode());
      } finally {
        server.stop();
      }
    }
  }
}
