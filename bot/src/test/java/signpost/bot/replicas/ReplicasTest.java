package signpost.bot.replicas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import signpost.bot.config.StoreSettings;
import signpost.bot.core.Feedback;
import signpost.bot.screening.Screening;
import signpost.bot.server.TestServers;
import signpost.bot.slack.FakeSlackApi;
import signpost.bot.slack.SignedRequests;
import signpost.bot.store.Database;
import signpost.bot.store.TestPostgres;

/**
 * Two {@code serve} processes sharing one PostgreSQL behind HAProxy on loopback, round-robin, as a council would run
 * two replicas: a screening whose turns alternate replicas completes; a Slack retry that reaches the other replica is
 * not answered again; and with one replica killed by SIGKILL under a steady load the other keeps answering and no
 * screening or rating that was acknowledged is lost. Every process it starts dies with it, whatever the outcome.
 */
@ExtendWith(TestPostgres.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ReplicasTest {

  private static final Duration STARTUP = Duration.ofSeconds(60);
  private static final String EQIA = "Do I need an EqIA for closing the Tuesday lunch club at the library?";
  private static final String WHO = "About 30 regulars, mostly older people and some disabled adults.";
  private static final List<String> LIBRARY = List.of(
      "we're changing how the library works",
      "Three of our smaller village libraries would go to self-service 'open access': people get in with their library "
          + "card and a PIN, and staff would only be there two afternoons a week instead of five days.",
      "Mostly older people, parents and carers bringing under-5s to rhyme time, and people who come in to use the "
          + "public computers, a lot of them for universal credit and job applications. Bus links to the nearest town are poor.",
      "We've got footfall and loans data, and our 2023 user survey says about 40% of visitors are over 65. We haven't "
          + "spoken to disabled users or carers specifically yet.",
      "We'd keep rhyme time and computer help on the staffed afternoons, recruit volunteer digital buddies, and check "
          + "the entrance and kiosks are accessible.",
      "It goes to the Communities, Social Mobility and Inclusion Committee in March for a decision.");

  @TempDir static Path folder;
  private static final List<AutoCloseable> STARTED = new ArrayList<>();
  private static StoreSettings database;
  private static FakeSlackApi slack;
  private static Map<String, ServeProcess> replicas;
  private static LoadBalancer haproxy;
  private static Client client;

  @BeforeAll
  @Timeout(value = 150, unit = TimeUnit.SECONDS)
  static void start() throws Exception {
    database = TestPostgres.newDatabase(folder);
    slack = started(new FakeSlackApi());
    replicas = new LinkedHashMap<>();
    Map<String, URI> urls = new LinkedHashMap<>();
    // One after the other: the second reads the documents and rules the first kept in the shared cache.
    for (String name : List.of("a", "b")) {
      ServeProcess replica = started(ServeProcess.start(name, settings(name), folder.resolve(name + ".log")));
      replicas.put(name, replica);
      urls.put(name, replica.awaitReady(STARTUP));
    }
    haproxy = started(LoadBalancer.start(urls, folder));
    client = new Client(haproxy.url);
    client.awaitBoth(Duration.ofSeconds(20), haproxy::log);
  }

  private static <T extends AutoCloseable> T started(T resource) {
    STARTED.add(resource);
    return resource;
  }

  private static Map<String, String> settings(String name) {
    Map<String, String> settings = new HashMap<>();
    settings.put("SIGNPOST_HOST", "127.0.0.1");
    settings.put("SIGNPOST_PORT", "0");
    settings.put("SIGNPOST_DATA", folder.resolve(name).toString());
    settings.put("SIGNPOST_DB_URL", database.url());
    settings.put("SIGNPOST_DB_USER", database.user());
    settings.put("SIGNPOST_DB_PASSWORD", database.password());
    settings.put("SIGNPOST_KNOWLEDGE", TestServers.corpus().toAbsolutePath().toString());
    // Kept between runs, so only the first run reads every document and compiles the rules.
    settings.put("SIGNPOST_CACHE", Path.of("target", "replica-test-cache").toAbsolutePath().toString());
    settings.put("SIGNPOST_DEFAULT_ORG", "cambridgeshire");
    // Every request reaches a replica from HAProxy's one address.
    settings.put("SIGNPOST_MAX_REQUESTS_PER_CLIENT", "100");
    settings.put("SLACK_SIGNING_SECRET", SignedRequests.SECRET);
    settings.put("SLACK_BOT_TOKEN", "xoxb-test-token");
    settings.put("SLACK_API_URL", slack.apiUrl());
    return settings;
  }

  @AfterAll
  static void stop() throws Exception {
    Exception first = null;
    for (int i = STARTED.size() - 1; i >= 0; i--) {
      try {
        STARTED.get(i).close();
      } catch (Exception e) {
        if (first == null) first = e;
      }
    }
    if (first != null) throw first;
  }

  @Test
  @Order(1)
  void a_screening_whose_turns_alternate_replicas_completes_and_either_replica_gives_its_record() throws Exception {
    List<String> servedBy = new ArrayList<>();
    String conversation = null;
    JsonNode reply = null;
    // The library proposal, then the first quick reply to whatever is still asked.
    for (int turn = 0; turn < LIBRARY.size() + 5 && !complete(reply); turn++) {
      String message = turn < LIBRARY.size() ? LIBRARY.get(turn) : reply.at("/next/replies/0").asText();
      HttpResponse<String> response = client.ask(message, conversation);
      assertEquals(200, response.statusCode(), response.body());
      servedBy.add(Client.servedBy(response));
      reply = Client.json(response);
      conversation = reply.get("conversation").asText();
    }

    assertTrue(complete(reply), String.valueOf(reply));
    for (int i = 1; i < servedBy.size(); i++) assertNotEquals(servedBy.get(i - 1), servedBy.get(i), servedBy.toString());
    String reference = reply.at("/screening/reference").asText();
    List<String> recordServedBy = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      HttpResponse<String> record = client.get("api/screenings/" + reference, "Bearer " + conversation);
      assertEquals(200, record.statusCode(), record.body());
      assertEquals("complete", Client.json(record).get("status").asText(), record.body());
      recordServedBy.add(Client.servedBy(record));
    }
    assertEquals(List.of("a", "b"), recordServedBy.stream().sorted().toList());
  }

  private static boolean complete(JsonNode reply) {
    return reply != null && "complete".equals(reply.at("/screening/status").asText());
  }

  @Test
  @Order(2)
  void a_slack_retry_delivered_to_the_other_replica_is_answered_once() throws Exception {
    SignedRequests events = new SignedRequests(haproxy.url.resolve("slack/events"));
    String ts = "1700000000.000900";
    String body = SignedRequests.callback("Ev_REPLICA_RETRY", "T_CAMBS",
        SignedRequests.mention("<@U_SIGNPOST> Who advises on EqIAs?", ts));

    HttpResponse<String> first = events.send(body, SignedRequests.JSON_TYPE);
    HttpResponse<String> retry = events.send(body, SignedRequests.JSON_TYPE, SignedRequests.now(), SignedRequests.SECRET,
        Map.of("X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout"));

    assertEquals(List.of(200, 200), List.of(first.statusCode(), retry.statusCode()));
    assertNotEquals(Client.servedBy(first), Client.servedBy(retry));
    slack.await(call -> answers(call, ts), Duration.ofSeconds(20));
    Thread.sleep(1000);
    assertEquals(1, slack.calls(call -> answers(call, ts)).size());
  }

  private static boolean answers(FakeSlackApi.Call call, String ts) {
    return call.method().equals("chat.postMessage") && ts.equals(call.form().get("thread_ts"));
  }

  @Test
  @Order(3)
  void with_one_replica_killed_under_load_the_other_keeps_answering_and_nothing_acknowledged_is_lost() throws Exception {
    Load load = Load.run(client, Duration.ofSeconds(6), Duration.ofMillis(250), EQIA, WHO);
    Thread.sleep(2000);
    long killed = System.nanoTime();
    replicas.get("a").kill();
    List<Load.Outcome> outcomes = load.await(Duration.ofSeconds(40));

    String report = Load.describe(outcomes, killed);
    List<Load.Outcome> afterFailover = outcomes.stream().filter(o -> o.started() > killed + Duration.ofSeconds(1).toNanos()).toList();
    assertTrue(afterFailover.size() >= 8, report);
    assertTrue(afterFailover.stream().allMatch(o -> o.acknowledged() && o.servedBy().stream().allMatch("b"::equals)), report);
    assertTrue(outcomes.stream().filter(o -> o.started() < killed).anyMatch(o -> o.servedBy().contains("a")), report);

    List<Load.Outcome> screenings = outcomes.stream().filter(o -> o.acknowledged() && o.reference() != null).toList();
    List<Load.Outcome> ratings = outcomes.stream().filter(o -> o.acknowledged() && o.rated() != null).toList();
    assertTrue(screenings.size() >= 4 && ratings.size() >= 4, report);
    for (Load.Outcome screening : screenings) {
      HttpResponse<String> record = client.get("api/screenings/" + screening.reference(), "Bearer " + screening.conversation());
      assertEquals(200, record.statusCode(), record.body());
      assertEquals(WHO, Client.json(record).at("/affected/0").asText(), record.body());
    }
    try (Database shared = Database.open(database)) {
      List<Feedback> kept = shared.feedback().ratings();
      for (Load.Outcome rating : ratings) assertTrue(kept.contains(new Feedback(rating.rated(), true, "web")), rating.rated());
      for (Load.Outcome screening : screenings) {
        Screening saved = shared.screenings().find(screening.reference()).orElseThrow();
        assertEquals(List.of(WHO), saved.affected());
      }
    }
  }
}
