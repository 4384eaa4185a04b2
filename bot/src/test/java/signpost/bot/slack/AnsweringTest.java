package signpost.bot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.Counter;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import signpost.bot.server.Assistant;
import signpost.bot.server.SignpostServer;
import signpost.bot.server.TestServers;

/**
 * The Slack answering pool on real servers: its queue is bounded and a mention it cannot take is refused with 503
 * (so Slack delivers it again) rather than kept without limit; and {@code serve} stopped by SIGTERM answers every
 * mention it acknowledged before it exits.
 */
class AnsweringTest {

  private static final Pattern READY = Pattern.compile("Signpost is ready at (\\S+)");

  @Test
  void mentions_beyond_a_full_queue_are_refused_with_503_and_a_retry_of_one_is_answered_later(@TempDir Path folder) throws Exception {
    Path knowledge = policy(folder);
    try (FakeSlackApi slackApi = new FakeSlackApi();
         Assistant assistant = Assistant.start(TestServers.config(SlackFixture.settings(slackApi,
             Map.of("SLACK_ANSWER_QUEUE", "1", "SIGNPOST_ANSWER_CACHE", "0", "SIGNPOST_KNOWLEDGE", knowledge.toString(),
                 "SIGNPOST_DEFAULT_ORG", "", "SLACK_WORKSPACES", "",
                 // Every mention comes from this one address: the per-client bound must not be what refuses them.
                 "SIGNPOST_MAX_REQUESTS_PER_CLIENT", "100"))));
         SlackChannel channel = SlackChannel.start(assistant.config(), assistant);
         SignpostServer server = SignpostServer.start(assistant, channel.mounts())) {
      SignedRequests requests = new SignedRequests(server.url().resolve("slack/events"));
      List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        int n = i;
        sent.add(CompletableFuture.supplyAsync(() -> mention(requests, "Ev_Q" + n, n)));
      }
      List<String> busy = new ArrayList<>();
      int accepted = 0;
      for (int i = 0; i < sent.size(); i++) {
        HttpResponse<String> response = sent.get(i).join();
        if (response.statusCode() == 503) busy.add("Ev_Q" + i);
        else if (response.statusCode() == 200) accepted++;
        else throw new AssertionError("HTTP " + response.statusCode() + ": " + response.body());
      }

      assertTrue(!busy.isEmpty(), "a queue of one took all 40 mentions at once");
      assertEquals(busy.size(), count(assistant, "signpost.refusals", "channel", "slack", "reason", "busy"));
      final int answered = accepted;
      slackApi.await(call -> slackApi.calls(c -> c.method().equals("chat.postMessage")).size() >= answered, java.time.Duration.ofSeconds(10));
      Thread.sleep(300);
      assertEquals(accepted, slackApi.calls(c -> c.method().equals("chat.postMessage")).size());
      assertEquals(200, mention(requests, busy.get(0), 99).statusCode());
      slackApi.await(call -> slackApi.calls(c -> c.method().equals("chat.postMessage")).size() > answered, java.time.Duration.ofSeconds(10));
      assertEquals(accepted + 1, count(assistant, "signpost.answers", "channel", "slack"));
      assertEquals(busy.size(), count(assistant, "signpost.refusals", "channel", "slack", "reason", "busy"));
    }
  }

  /** Returns the sum of the counters of that name with those tags: what {@code /metrics} shows. */
  private static double count(Assistant assistant, String name, String... tags) {
    return assistant.meters().registry().find(name).tags(tags).counters().stream().mapToDouble(Counter::count).sum();
  }

  @Test
  void serve_stopped_by_sigterm_answers_every_mention_it_acknowledged(@TempDir Path folder) throws Exception {
    Path knowledge = policy(folder);
    try (FakeSlackApi slackApi = new FakeSlackApi()) {
      Process serve = serve(slackApi, knowledge, folder.resolve("data"), folder.resolve("serve.log"));
      try {
        URI url = ready(serve);
        SignedRequests requests = new SignedRequests(url.resolve("slack/events"));
        int count = 50;
        List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
        for (int i = 0; i < count; i++) {
          int n = i;
          sent.add(CompletableFuture.supplyAsync(() -> mention(requests, "Ev_STOP" + n, n)));
        }
        for (CompletableFuture<HttpResponse<String>> response : sent) assertEquals(200, response.join().statusCode());

        serve.destroy();

        assertTrue(serve.waitFor(20, TimeUnit.SECONDS), "serve did not stop within 20 s");
        Set<String> threads = new HashSet<>();
        for (FakeSlackApi.Call call : slackApi.calls(c -> c.method().equals("chat.postMessage"))) threads.add(call.form().get("thread_ts"));
        assertEquals(count, threads.size(), Files.readString(folder.resolve("serve.log")));
      } finally {
        serve.destroyForcibly();
      }
    }
  }

  private static Path policy(Path folder) throws Exception {
    Path knowledge = Files.createDirectories(folder.resolve("knowledge"));
    Files.writeString(knowledge.resolve("policy.txt"), "Equality policy\n\nThe public sector equality duty applies to the council. "
        + "Managers complete an equality impact assessment before changing a service. Staff networks meet monthly.\n");
    return knowledge;
  }

  private static HttpResponse<String> mention(SignedRequests requests, String eventId, int n) {
    try {
      return requests.send(SignedRequests.callback(eventId, "T_CAMBS", SignedRequests.mention(
          "<@U_SIGNPOST> What does the equality policy say about item " + n + "?", "1700000000." + (100_000 + n))),
          SignedRequests.JSON_TYPE);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static Process serve(FakeSlackApi slackApi, Path knowledge, Path data, Path log) throws Exception {
    ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), "signpost.bot.cli.Main", "serve");
    Map<String, String> env = builder.environment();
    env.keySet().removeIf(key -> key.startsWith("SIGNPOST_") || key.startsWith("SLACK_") || key.startsWith("MICROSOFT_")
        || key.startsWith("TEAMS_"));
    env.putAll(Map.of("SIGNPOST_HOST", "127.0.0.1", "SIGNPOST_PORT", "0",
        // Compiled rules are kept between runs, so only the first run of this test pays for compiling them.
        "SIGNPOST_CACHE", Path.of("target", "sigterm-test-cache").toAbsolutePath().toString(), "SIGNPOST_ANSWER_CACHE", "0",
        "SIGNPOST_KNOWLEDGE", knowledge.toString(), "SLACK_SIGNING_SECRET", SignedRequests.SECRET,
        "SLACK_BOT_TOKEN", "xoxb-test-token", "SLACK_API_URL", slackApi.apiUrl(), "SLACK_DRAIN_SECONDS", "15"));
    // All 50 mentions come from this one address: the per-client bound must let them in.
    env.put("SIGNPOST_MAX_REQUESTS_PER_CLIENT", "100");
    env.put("SIGNPOST_DATA", data.toString());
    builder.redirectErrorStream(true);
    Process process = builder.start();
    // Everything it prints goes to the log, read by a thread of its own so the pipe never fills.
    Thread copier = new Thread(() -> {
      try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        String line;
        while ((line = reader.readLine()) != null) {
          Files.writeString(log, line + "\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
              java.nio.file.StandardOpenOption.APPEND);
          Matcher ready = READY.matcher(line);
          if (ready.find()) synchronized (READY) {
            readyUrl = URI.create(ready.group(1));
            READY.notifyAll();
          }
        }
      } catch (Exception e) {
        // The process ended.
      }
    }, "serve-output");
    copier.setDaemon(true);
    copier.start();
    return process;
  }

  private static volatile URI readyUrl;

  private static URI ready(Process serve) throws InterruptedException {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    synchronized (READY) {
      while (readyUrl == null && serve.isAlive() && System.nanoTime() < end) READY.wait(100);
    }
    if (readyUrl == null) throw new AssertionError("serve did not get ready");
    return readyUrl;
  }
}
