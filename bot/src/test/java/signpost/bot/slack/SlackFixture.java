package signpost.bot.slack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import signpost.bot.server.Assistant;
import signpost.bot.server.SignpostServer;
import signpost.bot.server.TestServers;

/**
 * A real Signpost server on loopback port 0 over the shared corpus, with the Slack channel mounted and its Web
 * API calls going to a {@link FakeSlackApi}. Workspace T_CAMBS answers for Cambridgeshire (the default) and
 * T_DERBY for Derbyshire.
 */
final class SlackFixture implements AutoCloseable {

  /**
   * An inline budget that a loaded CI machine cannot miss, so tests of the inline path do not depend on speed;
   * the follow-up path is tested with {@link Duration#ZERO}.
   */
  static final Duration PATIENT = Duration.ofSeconds(10);

  final FakeSlackApi slackApi;
  final Assistant assistant;
  final SlackChannel channel;
  final SignpostServer server;
  final SignedRequests requests;

  SlackFixture(Duration inlineBudget) throws Exception {
    this(inlineBudget, null);
  }

  /** Starts over the one small document {@link TestServers#small} writes into {@code knowledge}, or the shared corpus when null. */
  SlackFixture(Duration inlineBudget, Path knowledge) throws Exception {
    this(inlineBudget, knowledge, Map.of());
  }

  /** Starts over the one small document in {@code knowledge}, or the shared corpus when null, with {@code extra} settings. */
  SlackFixture(Duration inlineBudget, Path knowledge, Map<String, String> extra) throws Exception {
    this(inlineBudget, knowledge, extra, false);
  }

  /**
   * Starts as {@link #SlackFixture(Duration, Path, Map)} does; with {@code asServer}, the assistant is started as
   * {@code serve} starts it, its answers including the EDI Contacts' curated answers.
   */
  SlackFixture(Duration inlineBudget, Path knowledge, Map<String, String> extra, boolean asServer) throws Exception {
    slackApi = new FakeSlackApi();
    Map<String, String> small = new HashMap<>(Map.of("SIGNPOST_DEFAULT_ORG", "", "SLACK_WORKSPACES", ""));
    small.putAll(extra);
    assistant = Assistant.start(knowledge == null ? TestServers.config(settings(slackApi, extra))
        : TestServers.small(knowledge, settings(slackApi, small)), asServer);
    channel = SlackChannel.start(assistant.config(), assistant, inlineBudget);
    server = SignpostServer.start(assistant, channel.mounts());
    requests = new SignedRequests(server.url().resolve("slack/events"));
  }

  /** Returns Slack settings for HTTP mode against the fake, with {@code extra} over them. */
  static Map<String, String> settings(FakeSlackApi slackApi, Map<String, String> extra) {
    Map<String, String> settings = new HashMap<>();
    settings.put("SIGNPOST_DEFAULT_ORG", "cambridgeshire");
    settings.put("SLACK_SIGNING_SECRET", SignedRequests.SECRET);
    settings.put("SLACK_BOT_TOKEN", "xoxb-test-token");
    settings.put("SLACK_API_URL", slackApi.apiUrl());
    settings.put("SLACK_WORKSPACES", "T_DERBY=derbyshire");
    settings.putAll(extra);
    return settings;
  }

  @Override
  public void close() {
    server.close();
    channel.close();
    assistant.close();
    slackApi.close();
  }
}
