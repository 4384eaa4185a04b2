package signpost.bot.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import signpost.bot.config.Config;
import signpost.bot.server.Assistant;
import signpost.bot.server.SignpostServer;
import signpost.bot.server.TestServers;

/**
 * A real Signpost server on loopback port 0 over the shared corpus with the Teams channel mounted, and a Bot
 * Connector stand-in that the activities' {@code serviceUrl} points at. Tenant {@link #CAMBS_TENANT} answers for
 * Cambridgeshire (also the default) and {@link #DERBY_TENANT} for Derbyshire. The knowledge and rules are loaded
 * once for every Teams test.
 */
final class TeamsFixture implements AutoCloseable {

  static final String APP_ID = "5e1f3c8a-2b7d-4f0e-9a61-3c2d8e4b7a10";
  static final String APP_PASSWORD = "client-secret~of.the-app";
  static final String CAMBS_TENANT = "7c4e2f9a-1b3d-4e5f-8a6b-9c0d1e2f3a4b";
  static final String DERBY_TENANT = "d3e4f5a6-b7c8-4d9e-8f0a-1b2c3d4e5f6a";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static Assistant shared;

  final FakeConnector connector;
  final Assistant assistant;
  final TeamsChannel channel;
  final SignpostServer server;
  private final HttpClient http = HttpClient.newHttpClient();

  private final boolean ownAssistant;
  /** Signs each activity {@link #post(JsonNode)} sends, as the Bot Framework does; null in local development mode. */
  private Tokens signer;

  private TeamsFixture(Map<String, String> settings) throws Exception {
    this(settings, assistant(), false);
  }

  private TeamsFixture(Map<String, String> settings, Assistant assistant, boolean ownAssistant) throws Exception {
    this(new FakeConnector(), settings, assistant, ownAssistant);
  }

  private TeamsFixture(FakeConnector connector, Map<String, String> settings, Assistant assistant, boolean ownAssistant)
      throws Exception {
    this.connector = connector;
    this.assistant = assistant;
    this.ownAssistant = ownAssistant;
    channel = TeamsChannel.start(TestServers.config(settings), assistant);
    server = SignpostServer.start(assistant, channel.mounts());
  }

  /**
   * Returns a fixture in local development mode with an assistant of its own over one small document written into
   * {@code knowledge}, with {@code extra} settings (a shared database, say): one replica of several.
   */
  static TeamsFixture replica(Path knowledge, Map<String, String> extra) throws Exception {
    // The small document names no organisation.
    Map<String, String> settings = settings(Map.of("TEAMS_LOCAL_DEVELOPMENT", "true", "SIGNPOST_DEFAULT_ORG", "", "TEAMS_TENANTS", ""));
    settings.putAll(extra);
    Assistant own = Assistant.start(TestServers.small(knowledge, settings));
    try {
      return new TeamsFixture(settings, own, true);
    } catch (Exception | Error e) {
      own.close();
      throw e;
    }
  }

  /**
   * Returns a fixture in local development mode whose assistant, its own, is started as {@code serve} starts it (its
   * answers include curated answers), with Cambridgeshire's EDI Contacts in the conversation {@code contacts} of the
   * connector stand-in.
   */
  static TeamsFixture withContacts(String contacts) throws Exception {
    FakeConnector connector = new FakeConnector();
    Map<String, String> settings = settings(Map.of("TEAMS_LOCAL_DEVELOPMENT", "true",
        "SIGNPOST_EDI_CONTACTS_TEAMS", "cambridgeshire=" + contacts + "@" + connector.serviceUrl()));
    Assistant own = Assistant.start(TestServers.config(settings), true);
    try {
      return new TeamsFixture(connector, settings, own, true);
    } catch (Exception | Error e) {
      own.close();
      connector.close();
      throw e;
    }
  }

  /**
   * Returns a fixture in local development mode whose assistant, its own, is started as {@code serve} starts it, with
   * {@code extra} settings over the usual ones (the EDI Contacts' e-mail address and the admin page's sign-in, say).
   */
  static TeamsFixture serving(Map<String, String> extra) throws Exception {
    Map<String, String> local = new HashMap<>(Map.of("TEAMS_LOCAL_DEVELOPMENT", "true"));
    local.putAll(extra);
    Map<String, String> settings = settings(local);
    Assistant own = Assistant.start(TestServers.config(settings), true);
    try {
      return new TeamsFixture(new FakeConnector(), settings, own, true);
    } catch (Exception | Error e) {
      own.close();
      throw e;
    }
  }

  /**
   * Returns a fixture like {@link #withContacts(String)} but with an app id: every activity it posts carries a token
   * {@code tokens} sign, checked against {@code login}'s keys, and every message to the connector (the proactive one to
   * the contacts included) must carry the app's own token from {@code login}'s token endpoint.
   */
  static TeamsFixture withContacts(String contacts, FakeLogin login, Tokens tokens) throws Exception {
    FakeConnector connector = new FakeConnector();
    Map<String, String> settings = settings(Map.of("MICROSOFT_APP_ID", APP_ID, "MICROSOFT_APP_PASSWORD", APP_PASSWORD,
        "BOT_OPENID_METADATA_URL", login.metadataUrl(), "BOT_TOKEN_URL", login.tokenUrl(),
        "SIGNPOST_EDI_CONTACTS_TEAMS", "cambridgeshire=" + contacts + "@" + connector.serviceUrl()));
    Assistant own = Assistant.start(TestServers.config(settings), true);
    try {
      TeamsFixture fixture = new TeamsFixture(connector, settings, own, true);
      fixture.signer = tokens;
      return fixture;
    } catch (Exception | Error e) {
      own.close();
      connector.close();
      throw e;
    }
  }

  /** Returns a fixture in local development mode: no app id, so no authentication. */
  static TeamsFixture local() throws Exception {
    return local(Map.of());
  }

  /** Returns a fixture in local development mode with {@code extra} settings over the usual ones. */
  static TeamsFixture local(Map<String, String> extra) throws Exception {
    Map<String, String> local = new HashMap<>(Map.of("TEAMS_LOCAL_DEVELOPMENT", "true"));
    local.putAll(extra);
    return new TeamsFixture(settings(local));
  }

  /** Returns a fixture with an app id, checking tokens against {@code login}'s keys and getting its own from it. */
  static TeamsFixture authenticated(FakeLogin login) throws Exception {
    return authenticated(login, Map.of());
  }

  /** Returns an authenticated fixture with {@code extra} settings over the usual ones. */
  static TeamsFixture authenticated(FakeLogin login, Map<String, String> extra) throws Exception {
    Map<String, String> settings = new HashMap<>(Map.of("MICROSOFT_APP_ID", APP_ID, "MICROSOFT_APP_PASSWORD", APP_PASSWORD,
        "BOT_OPENID_METADATA_URL", login.metadataUrl(), "BOT_TOKEN_URL", login.tokenUrl()));
    settings.putAll(extra);
    return new TeamsFixture(settings(settings));
  }

  /**
   * Returns an authenticated fixture with an assistant of its own on {@code clock}, the server's clock, which the Teams
   * token checks judge lifetimes on.
   */
  static TeamsFixture authenticated(FakeLogin login, Clock clock) throws Exception {
    Map<String, String> settings = settings(Map.of("MICROSOFT_APP_ID", APP_ID, "MICROSOFT_APP_PASSWORD", APP_PASSWORD,
        "BOT_OPENID_METADATA_URL", login.metadataUrl(), "BOT_TOKEN_URL", login.tokenUrl()));
    return new TeamsFixture(settings, Assistant.start(TestServers.config(settings), false, clock), true);
  }

  static Map<String, String> settings(Map<String, String> extra) {
    Map<String, String> settings = new HashMap<>();
    settings.put("SIGNPOST_DEFAULT_ORG", "cambridgeshire");
    settings.put("TEAMS_TENANTS", DERBY_TENANT + "=derbyshire");
    settings.putAll(extra);
    return settings;
  }

  /** Returns the assistant every Teams test shares; the JVM's exit closes it. */
  static synchronized Assistant assistant() {
    if (shared == null) shared = Assistant.start(TestServers.config(Map.of("SIGNPOST_DEFAULT_ORG", "cambridgeshire")));
    return shared;
  }

  /** Returns a fixture activity from {@code signpost/bot/teams/}, addressed to the connector stand-in. */
  ObjectNode activity(String name) {
    ObjectNode activity = load(name);
    activity.put("serviceUrl", connector.serviceUrl());
    return activity;
  }

  static ObjectNode load(String name) {
    try (InputStream in = TeamsFixture.class.getResourceAsStream(name)) {
      if (in == null) throw new IllegalArgumentException("no fixture " + name);
      return (ObjectNode) JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Posts an activity to {@code /api/messages} without an Authorization header. */
  HttpResponse<String> post(JsonNode activity) throws Exception {
    return post(activity.toString(), signer == null ? null : signer.genuine(APP_ID, connector.serviceUrl()));
  }

  /** Posts a body to {@code /api/messages}, with the Authorization header when not null. */
  HttpResponse<String> post(String body, String authorization) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(messages()).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (authorization != null) request.header("Authorization", authorization);
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  URI messages() {
    return server.url().resolve("api/messages");
  }

  static JsonNode json(String text) throws IOException {
    return JSON.readTree(text);
  }

  static JsonNode jsonUnchecked(String text) {
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Config config() {
    return assistant.config();
  }

  @Override
  public void close() {
    server.close();
    channel.close();
    connector.close();
    if (ownAssistant) assistant.close();
  }
}
