package signpost.bot.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import signpost.bot.config.EdgeSettings;

/**
 * Cross-site requests on real servers: the browser APIs take only JSON, and only from and for the public hosts
 * (by default loopback names), so no other page and no rebound DNS name can drive them.
 */
class SameSiteFilterTest {

  private static final String ASK = "{\"question\": \"What are the equality objectives?\"}";
  private static final String RATE = "{\"id\": \"web-1\", \"helpful\": false}";
  private static Assistant assistant;
  private static SignpostServer local;
  private static SignpostServer published;

  @BeforeAll
  static void start(@TempDir Path folder) throws Exception {
    assistant = Assistant.start(TestServers.small(folder, Map.of("TEAMS_LOCAL_DEVELOPMENT", "true")));
    local = SignpostServer.start(assistant, List.of(new Mount("/api/messages", new Accepting())));
    EdgeSettings edge = assistant.config().edge();
    Assistant publicOne = assistant.withConfig(assistant.config().withEdge(new EdgeSettings(List.of("Chat.Example.org"),
        edge.threads(), edge.perClient(), edge.minBodyRate(), edge.bodyTimeoutSeconds())));
    published = SignpostServer.start(publicOne, TestServers.none());
  }

  @AfterAll
  static void stop() {
    published.close();
    local.close();
    assistant.close();
  }

  private static String post(SignpostServer server, String path, String host, String contentType, String origin, String body)
      throws Exception {
    return RawPost.exchange(server.url(), "POST " + path + " HTTP/1.1\r\nHost: " + host + "\r\nContent-Type: " + contentType
        + "\r\n" + (origin == null ? "" : "Origin: " + origin + "\r\n") + "Content-Length: " + body.length()
        + "\r\nConnection: close\r\n\r\n" + body);
  }

  private static String status(String response) {
    return response.substring(0, response.indexOf("\r\n"));
  }

  private static String local() {
    return "127.0.0.1:" + local.url().getPort();
  }

  @Test
  void a_json_post_from_this_site_is_answered() throws Exception {
    String origin = "http://localhost:" + local.url().getPort();

    assertEquals("HTTP/1.1 200 OK", status(post(local, "/api/ask", local(), "application/json", origin, ASK)));
    assertEquals("HTTP/1.1 200 OK", status(post(local, "/api/ask", "localhost", "application/json; charset=UTF-8", null, ASK)));
    String answer = post(local, "/api/ask", local(), "application/json", origin, ASK);
    Matcher id = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"").matcher(answer);
    assertTrue(id.find(), answer);
    String rating = "{\"id\": \"" + id.group(1) + "\", \"helpful\": false}";
    assertEquals("HTTP/1.1 204 No Content", status(post(local, "/api/feedback", local(), "application/json", origin, rating)));
  }

  @Test
  void a_post_that_is_not_json_is_a_415_so_no_page_can_send_it_without_a_preflight() throws Exception {
    for (String type : new String[] {"text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"}) {
      String ask = post(local, "/api/ask", local(), type, null, ASK);
      String rate = post(local, "/api/feedback", local(), type, null, RATE);

      assertTrue(ask.startsWith("HTTP/1.1 415"), ask);
      assertTrue(ask.contains("application/json"), ask);
      assertTrue(rate.startsWith("HTTP/1.1 415"), rate);
    }
    int ratings = assistant.feedback().all().size();
    post(local, "/api/feedback", local(), "text/plain", null, RATE);
    assertEquals(ratings, assistant.feedback().all().size());
  }

  @Test
  void a_post_from_another_site_is_a_403() throws Exception {
    for (String origin : new String[] {"https://evil.example", "null", "http://localhost.evil.example:" + local.url().getPort()}) {
      String response = post(local, "/api/ask", local(), "application/json", origin, ASK);

      assertTrue(response.startsWith("HTTP/1.1 403"), origin + ": " + response);
      assertTrue(response.contains("other sites"), response);
    }
  }

  @Test
  void a_host_name_that_is_not_the_servers_is_a_403_which_defeats_dns_rebinding() throws Exception {
    for (String host : new String[] {"evil.example", "127.0.0.1.nip.io:" + local.url().getPort()}) {
      String ask = post(local, "/api/ask", host, "application/json", null, ASK);
      String orgs = RawPost.exchange(local.url(), "GET /api/orgs HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n");

      assertTrue(ask.startsWith("HTTP/1.1 403"), host + ": " + ask);
      assertTrue(ask.contains("SIGNPOST_PUBLIC_HOSTS"), ask);
      assertTrue(orgs.startsWith("HTTP/1.1 403"), host + ": " + orgs);
    }
  }

  @Test
  void configured_public_hosts_replace_the_loopback_names() throws Exception {
    String port = ":" + published.url().getPort();

    assertEquals("HTTP/1.1 200 OK", status(post(published, "/api/ask", "chat.example.org" + port, "application/json",
        "https://chat.example.org", ASK)));
    assertTrue(post(published, "/api/ask", "localhost" + port, "application/json", null, ASK).startsWith("HTTP/1.1 403"));
    assertTrue(post(published, "/api/ask", "chat.example.org", "application/json", "http://localhost" + port, ASK)
        .startsWith("HTTP/1.1 403"));
  }

  /** Stands in for Teams in local development mode: takes any post. */
  private static final class Accepting extends HttpServlet {
    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) {
      response.setStatus(202);
    }
  }

  @Test
  void teams_without_authentication_takes_only_json_from_this_machines_names() throws Exception {
    String activity = "{\"type\":\"message\",\"serviceUrl\":\"https://evil.example/\"}";

    assertEquals("HTTP/1.1 202 Accepted", status(post(local, "/api/messages", local(), "application/json; charset=utf-8", null, activity)));
    assertTrue(post(local, "/api/messages", local(), "text/plain", null, activity).startsWith("HTTP/1.1 415"));
    assertTrue(post(local, "/api/messages", local(), "application/json", "https://evil.example", activity).startsWith("HTTP/1.1 403"));
    assertTrue(post(local, "/api/messages", "evil.example", "application/json", null, activity).startsWith("HTTP/1.1 403"));
  }

  @Test
  void health_checks_answer_whatever_host_a_probe_names() throws Exception {
    URI base = local.url();
    String health = RawPost.exchange(base, "GET /healthz HTTP/1.1\r\nHost: 10.1.2.3:8080\r\nConnection: close\r\n\r\n");

    assertTrue(health.startsWith("HTTP/1.1 200"), health);
  }
}
