package signpost.bot.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Slow request bodies on a real server with a pool shrunk to 30 threads: 30 loopback clients that each send a
 * byte of their body every 300 ms neither freeze {@code /healthz} nor keep their threads, being refused over the
 * per-client bound at once, waiting without a thread over the overall bound (503 after their longest wait), and cut
 * off with 408 when their body falls behind the minimum rate. A burst of questions over the overall bound is answered in full, as far as the requests
 * that may wait go.
 */
class ClientLimitsTest {

  private static final int SLOW_CLIENTS = 30;
  private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
  private static Assistant assistant;
  private static SignpostServer server;
  private final List<Slow> clients = new ArrayList<>();

  @BeforeAll
  static void start(@TempDir Path folder) throws Exception {
    assistant = Assistant.start(TestServers.small(folder, Map.of("SIGNPOST_HTTP_THREADS", "30",
        "SIGNPOST_MAX_REQUESTS_PER_CLIENT", "4", "SIGNPOST_READ_TIMEOUT_SECONDS", "2", "SIGNPOST_MIN_BODY_RATE", "100")));
    server = SignpostServer.start(assistant, TestServers.none());
  }

  @AfterAll
  static void stop() {
    server.close();
    assistant.close();
  }

  @AfterEach
  void hangUp() {
    for (Slow client : clients) client.close();
  }

  /** A client posting a 1,000-byte body to {@code /api/ask} one byte at a time, from a loopback address of its own. */
  private static final class Slow implements AutoCloseable {
    final Socket socket = new Socket();
    final Thread dripping;

    Slow(String fromAddress) throws IOException {
      socket.bind(new InetSocketAddress(fromAddress, 0));
      socket.connect(new InetSocketAddress("127.0.0.1", server.url().getPort()), 1000);
      OutputStream out = socket.getOutputStream();
      out.write(("POST /api/ask HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{")
          .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      dripping = new Thread(() -> {
        try {
          for (int i = 0; i < 40; i++) {
            Thread.sleep(300);
            out.write(' ');
            out.flush();
          }
        } catch (IOException | InterruptedException cutOff) {
          // The server hung up, or the test is over.
        }
      });
      dripping.setDaemon(true);
      dripping.start();
    }

    /** Returns the status line the server answered within {@code millis}, or "none". */
    String status(int millis) throws IOException {
      socket.setSoTimeout(millis);
      try {
        InputStream in = socket.getInputStream();
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c >= 0 && c != '\r'; c = in.read()) line.append((char) c);
        return line.length() == 0 ? "closed" : line.toString();
      } catch (SocketTimeoutException e) {
        return "none";
      } catch (IOException e) {
        return "closed";
      }
    }

    @Override
    public void close() {
      dripping.interrupt();
      try {
        socket.close();
      } catch (IOException e) {
        // Already closed.
      }
    }
  }

  private static void assertHealthyWithinASecond() throws Exception {
    long start = System.nanoTime();
    HttpResponse<String> health = CLIENT.send(HttpRequest.newBuilder(server.url().resolve("healthz")).timeout(Duration.ofSeconds(1))
        .build(), HttpResponse.BodyHandlers.ofString());
    long millis = (System.nanoTime() - start) / 1_000_000;

    assertEquals(200, health.statusCode());
    assertTrue(millis < 1000, millis + " ms");
  }

  private List<String> statuses(int millis) throws IOException {
    List<String> out = new ArrayList<>();
    for (Slow client : clients) out.add(client.status(millis));
    return out;
  }

  private static long count(List<String> statuses, String prefix) {
    return statuses.stream().filter(s -> s.startsWith(prefix)).count();
  }

  @Test
  void one_address_gets_no_more_than_its_share_and_health_still_answers() throws Exception {
    for (int i = 0; i < SLOW_CLIENTS; i++) clients.add(new Slow("127.0.0.1"));
    Thread.sleep(500);

    assertHealthyWithinASecond();
    List<String> refused = new ArrayList<>();
    for (Slow client : clients.subList(0, SLOW_CLIENTS)) refused.add(client.status(100));
    assertEquals(SLOW_CLIENTS - 4, count(refused, "HTTP/1.1 429"), refused.toString());
    assertEquals(4, count(refused, "none"), refused.toString());
  }

  @Test
  void many_slow_addresses_wait_their_turn_without_a_thread_and_are_cut_off_with_408_or_503() throws Exception {
    for (int i = 0; i < SLOW_CLIENTS; i++) clients.add(new Slow("127.0.0." + (10 + i)));
    Thread.sleep(500);

    assertHealthyWithinASecond();
    List<String> late = statuses(8000);
    int inAll = assistant.config().edge().maxInFlight();
    // Those served read until their body falls behind; those over the bound waited their longest (a second less than
    // the 2 s read timeout) and were refused, holding no thread meanwhile.
    assertEquals(inAll, count(late, "HTTP/1.1 408"), late.toString());
    assertEquals(SLOW_CLIENTS - inAll, count(late, "HTTP/1.1 503"), late.toString());
    assertHealthyWithinASecond();
  }

  @Test
  void a_burst_twice_the_bound_in_all_is_answered_in_full_and_beyond_what_may_wait_is_refused_at_once(@TempDir Path folder)
      throws Exception {
    // A server of its own, whose read timeout leaves a waiting request time for its turn on a busy test machine.
    try (Assistant quick = Assistant.start(TestServers.small(folder, Map.of("SIGNPOST_HTTP_THREADS", "30",
             "SIGNPOST_MAX_REQUESTS_PER_CLIENT", "4")));
         SignpostServer burstServer = SignpostServer.start(quick, TestServers.none())) {
      int inAll = quick.config().edge().maxInFlight();
      int mayWait = RequestQueue.WAITING_PER_TURN * inAll;
      List<Paused> posts = new ArrayList<>();
      try {
        for (int i = 0; i < inAll + mayWait + 5; i++) posts.add(new Paused(burstServer, "127.0.1." + (10 + i)));
        Thread.sleep(500);
        for (Paused post : posts) post.sendTheRest();
        List<String> statuses = new ArrayList<>();
        for (Paused post : posts) statuses.add(post.status());

        assertEquals(inAll + mayWait, count(statuses, "HTTP/1.1 200"), statuses.toString());
        assertEquals(5, count(statuses, "HTTP/1.1 503"), statuses.toString());
      } finally {
        for (Paused post : posts) post.socket.close();
      }
    }
  }

  @Test
  void a_request_to_slack_waiting_its_turn_is_served_before_the_others_that_wait(@TempDir Path folder) throws Exception {
    try (Assistant quick = Assistant.start(TestServers.small(folder, Map.of("SIGNPOST_HTTP_THREADS", "30",
             "SIGNPOST_MAX_REQUESTS_PER_CLIENT", "4")));
         SignpostServer busy = SignpostServer.start(quick, TestServers.none())) {
      int inAll = quick.config().edge().maxInFlight();
      List<Paused> posts = new ArrayList<>();
      try {
        // Every turn is taken by a question whose body is held back.
        for (int i = 0; i < inAll; i++) posts.add(new Paused(busy, "127.0.3." + (10 + i), "/api/ask"));
        Thread.sleep(500);
        // Then a web question waits (its body held back too), and after it a whole request to Slack's path.
        posts.add(new Paused(busy, "127.0.2.1", "/api/ask"));
        Thread.sleep(300);
        Paused slack = new Paused(busy, "127.0.2.2", "/slack/events");
        posts.add(slack);
        slack.sendTheRest();
        Thread.sleep(300);

        // One turn comes free. Served in the order they came, the web question would take it and hold it, and the
        // request to Slack would wait out its longest for a 503; it comes first, and is answered (unsigned: refused).
        posts.get(0).sendTheRest();
        assertTrue(posts.get(0).status().startsWith("HTTP/1.1 200"));
        String status = slack.status();
        assertTrue(status.startsWith("HTTP/1.1 4"), status);
      } finally {
        for (Paused post : posts) post.socket.close();
      }
    }
  }

  /** A question posted from a loopback address of its own, its body's second half held back. */
  private static final class Paused {
    static final String BODY = "{\"question\": \"What is the public sector equality duty?\"}";
    final Socket socket = new Socket();

    Paused(SignpostServer to, String fromAddress) throws IOException {
      this(to, fromAddress, "/api/ask");
    }

    Paused(SignpostServer to, String fromAddress, String path) throws IOException {
      socket.bind(new InetSocketAddress(fromAddress, 0));
      socket.connect(new InetSocketAddress("127.0.0.1", to.url().getPort()), 5000);
      socket.getOutputStream().write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
          + "Connection: close\r\nContent-Length: " + BODY.length() + "\r\n\r\n" + BODY.substring(0, 10))
          .getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();
    }

    void sendTheRest() throws IOException {
      socket.getOutputStream().write(BODY.substring(10).getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();
    }

    /** Returns the status line, waiting up to 20 s. */
    String status() throws IOException {
      socket.setSoTimeout(20_000);
      InputStream in = socket.getInputStream();
      StringBuilder line = new StringBuilder();
      for (int c = in.read(); c >= 0 && c != '\r'; c = in.read()) line.append((char) c);
      return line.toString();
    }
  }
}
