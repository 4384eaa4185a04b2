package signpost.bot.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.util.http.SlackHttpClient;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.jakarta_servlet.SlackAppServlet;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.methods.response.apps.connections.AppsConnectionsOpenResponse;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.socket_mode.SocketModeClient;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import signpost.bot.config.Config;
import signpost.bot.config.ConfigException;
import signpost.bot.config.SlackSettings;
import signpost.bot.edi.ContactsChannels;
import signpost.bot.edi.Deliveries;
import signpost.bot.server.Assistant;
import signpost.bot.server.Mount;
import signpost.bot.server.NoDelaySockets;

/**
 * Signpost in Slack: a Bolt app answering {@code /edi}, mentions, direct messages, the App Home tab and the
 * answer's buttons. Mentions and direct messages are conversations, in which a screening runs with quick-reply
 * buttons; {@code /edi} stays one private question and answer. Over HTTP it is mounted at {@link #EVENTS_PATH} on the shared server; with
 * {@code SLACK_SOCKET_MODE=true} it connects out to Slack instead and mounts nothing.
 */
public final class SlackChannel implements AutoCloseable {

  public static final String EVENTS_PATH = "/slack/events";
  /** How long {@code /edi} waits for an answer before acknowledging and following up: well inside Slack's 3 s. */
  public static final Duration INLINE_BUDGET = Duration.ofMillis(1500);

  private final Slack slack;
  private final String signingSecret;
  private final Answering answering;
  private final SlashCommand command;
  private final App app;
  private final SocketModeApp socket;
  private final Deliveries deliveries;
  private final SlackReplies replies;
  private final ContactsChannels contactsChannels;
  private final SlackContacts contacts;
  private boolean closed;

  private SlackChannel(Slack slack, String signingSecret, Answering answering, SlashCommand command, App app, SocketModeApp socket,
                       Assistant assistant, SlackReplies replies, SlackContacts contacts) {
    this.slack = slack;
    this.signingSecret = signingSecret;
    this.answering = answering;
    this.command = command;
    this.app = app;
    this.socket = socket;
    this.deliveries = assistant.deliveries();
    this.replies = replies;
    this.contactsChannels = assistant.contactsChannels();
    this.contacts = contacts;
  }

  /** Starts the channel with the default inline budget; see {@link #start(Config, Assistant, Duration)}. */
  public static SlackChannel start(Config config, Assistant assistant) {
    return start(config, assistant, INLINE_BUDGET);
  }

  /**
   * Builds the Bolt app, checks the bot token with {@code auth.test} and, in Socket Mode, connects; from then on the
   * EDI Contacts' replies written on the admin page reach Slack askers (see {@link Assistant#deliveries()}), and the web
   * chat's questions reach the organisations' EDI Contacts' channels (see {@link Assistant#contactsChannels()}).
   *
   * @param inlineBudget how long {@code /edi} waits before answering through {@code response_url}; zero always does
   * @throws IllegalArgumentException when Slack is switched off in the configuration
   * @throws SlackException when a workspace maps to an unknown organisation or Slack refuses a token, saying which
   */
  public static SlackChannel start(Config config, Assistant assistant, Duration inlineBudget) {
    SlackSettings settings = config.slack();
    if (!settings.enabled()) throw new IllegalArgumentException("Slack is switched off: no SLACK_* secrets are set");
    checkOrganisations(config, assistant);
    if (settings.socketMode() && !settings.appToken().startsWith("xapp-")) {
      throw new SlackException("SLACK_APP_TOKEN must be an app-level token starting xapp- (Basic Information > App-Level Tokens, "
          + "scope connections:write); it starts " + prefix(settings.appToken()));
    }
    SlackConfig slackConfig = new SlackConfig();
    slackConfig.setMethodsEndpointUrlPrefix(settings.apiUrl());
    Slack slack = Slack.getInstance(slackConfig, httpClient(slackConfig));
    Answering answering = new Answering(assistant, inlineBudget);
    SlackReplies replies = new SlackReplies(slack.methods(settings.botToken()));
    SlackContacts contacts = new SlackContacts(slack.methods(settings.botToken()), settings, answering);
    try {
      SlashCommand command = new SlashCommand(answering);
      App app = app(slack, settings, answering, command);
      SocketModeApp socket = settings.socketMode() ? connect(slack, settings, app) : null;
      assistant.deliveries().add(replies);
      assistant.contactsChannels().add(contacts);
      return new SlackChannel(slack, settings.signingSecret(), answering, command, app, socket, assistant, replies, contacts);
    } catch (RuntimeException e) {
      answering.close();
      close(slack);
      throw e;
    }
  }

  /** Returns Slack's own HTTP client for these settings, on sockets without Nagle's delay ({@link NoDelaySockets}). */
  static SlackHttpClient httpClient(SlackConfig slackConfig) {
    return new SlackHttpClient(SlackHttpClient.buildOkHttpClient(slackConfig).newBuilder()
        .socketFactory(NoDelaySockets.INSTANCE).build());
  }

  /**
   * Returns the servlets to mount on the shared server: {@code /slack/events} over HTTP, none in Socket Mode.
   * The signature is checked before Bolt sees the request.
   */
  public List<Mount> mounts() {
    return socket != null ? List.of() : List.of(new Mount(EVENTS_PATH, new SignedOnly(signingSecret, command, new SlackAppServlet(app))));
  }

  /** Returns how many {@code /edi} questions were answered from the answer cache before Bolt's app (see {@link SignedOnly}). */
  long answeredBeforeBolt() {
    return command.repeats();
  }

  /** Returns the Slack API client every call out goes through: replies, late answers, App Home, contacts. */
  Slack slack() {
    return slack;
  }

  /** Returns true when the channel reaches Slack over Socket Mode rather than HTTP. */
  public boolean socketMode() {
    return socket != null;
  }

  /**
   * Stops taking events, answers the questions already acknowledged within {@code SLACK_DRAIN_SECONDS}, and closes the
   * Web API client. Safe to call twice and from a shutdown hook: a second caller waits for the first to finish.
   */
  @Override
  public synchronized void close() {
    if (closed) return;
    closed = true;
    deliveries.remove(replies);
    contactsChannels.remove(contacts);
    try {
      if (socket != null) socket.close();
      else app.stop();
    } catch (Exception e) {
      throw new SlackException("the Slack channel did not stop cleanly: " + e.getMessage(), e);
    } finally {
      answering.close();
      close(slack);
    }
  }

  private static App app(Slack slack, SlackSettings settings, Answering answering, SlashCommand command) {
    AppConfig config = AppConfig.builder().slack(slack).signingSecret(settings.signingSecret())
        .singleTeamBotToken(settings.botToken()).authTestCacheEnabled(true)
        .subtypedMessageEventsAutoAckEnabled(true).build();
    App app = new SignpostApp(config);
    try {
      app.use(new OnceOnly(answering::seenOnce));
      app.use(new Boundary());
    } catch (IllegalArgumentException e) {
      // Bolt checks the bot token with auth.test when it builds its middleware, here.
      throw new SlackException("Slack refused SLACK_BOT_TOKEN at " + settings.apiUrl() + "auth.test: " + e.getMessage(), e);
    }
    AskContacts contacts = new AskContacts(answering);
    Conversations conversations = new Conversations(answering, contacts);
    Buttons buttons = new Buttons(answering, contacts);
    app.command(Pattern.compile("^" + SlashCommand.NAME + "$"), command);
    app.event(AppMentionEvent.class, conversations::mention);
    app.event(MessageEvent.class, conversations::direct);
    app.event(AppHomeOpenedEvent.class, new AppHome(answering)::opened);
    app.blockAction(SlackBlocks.HELPFUL, buttons::helpful);
    app.blockAction(SlackBlocks.NOT_HELPFUL, buttons::notHelpful);
    app.blockAction(SlackBlocks.WHY, buttons::why);
    app.blockAction(MyDataReplies.DELETE, new MyDataReplies(answering)::confirmed);
    QuickReplies quick = new QuickReplies(conversations);
    app.blockAction(ScreeningBlocks.REPLY, quick::chosen);
    app.blockAction(ScreeningBlocks.DOWNLOAD, quick::downloaded);
    app.blockAction(HandoffBlocks.OFFER, contacts::offered);
    app.blockAction(HandoffBlocks.CONSENT, contacts::consented);
    app.blockAction(HandoffBlocks.SUPPORT_OFFER, contacts::supportOffered);
    app.blockAction(HandoffBlocks.SUPPORT_CONSENT, contacts::supportConsented);
    ContactsModals modals = new ContactsModals(answering);
    app.blockAction(HandoffBlocks.REPLY, modals::replyPressed);
    app.blockAction(HandoffBlocks.SAVE, modals::savePressed);
    app.viewSubmission(HandoffBlocks.REPLY_VIEW, modals::replySubmitted);
    app.viewSubmission(HandoffBlocks.SAVE_VIEW, modals::saveSubmitted);
    return app;
  }

  private static SocketModeApp connect(Slack slack, SlackSettings settings, App app) {
    try {
      AppsConnectionsOpenResponse open = slack.methods(settings.appToken()).appsConnectionsOpen(r -> r);
      if (!open.isOk()) {
        throw new SlackException("Slack refused SLACK_APP_TOKEN at " + settings.apiUrl() + "apps.connections.open: " + open.getError()
            + "; Socket Mode needs an app-level token with connections:write and Socket Mode switched on for the app");
      }
      SocketModeApp socket = new SocketModeApp(settings.appToken(), app, SocketModeClient.Backend.JavaWebSocket);
      socket.startAsync();
      return socket;
    } catch (SlackException e) {
      throw e;
    } catch (Exception e) {
      throw new SlackException("Socket Mode could not connect to Slack at " + settings.apiUrl() + ": " + e, e);
    }
  }

  /** Checks that every workspace names a known organisation, by id or name in any case; answers use the assistant's ids. */
  private static void checkOrganisations(Config config, Assistant assistant) {
    try {
      config.withOrganisationsResolved(assistant.knowledge()::resolveOrganisation);
    } catch (ConfigException e) {
      throw new SlackException(e.getMessage());
    }
  }

  private static String prefix(String token) {
    int dash = token.indexOf('-');
    return dash > 0 && dash < 6 ? token.substring(0, dash + 1) : "with something else";
  }

  private static void close(Slack slack) {
    try {
      slack.close();
    } catch (Exception e) {
      // Only the HTTP client's pools are left; nothing to tell the operator.
    }
  }

  /** Returns the answering workers, so that a test in this package can fill them and see what a busy Signpost does. */
  Answering answering() {
    return answering;
  }
}
