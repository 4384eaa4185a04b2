package signpost.bot.teams;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import signpost.bot.config.Config;
import signpost.bot.config.TeamsMode;
import signpost.bot.config.ConfigException;
import signpost.bot.edi.ContactsChannels;
import signpost.bot.edi.Deliveries;
import signpost.bot.server.Assistant;
import signpost.bot.server.Mount;

/**
 * Signpost in Microsoft Teams through the Bot Framework, at {@link #MESSAGES_PATH} on the shared server: answers
 * personal chats, and channel and group chat messages that mention it, in their thread; welcomes a conversation
 * when added; records ratings and answers "Why?" from the answer card's buttons. Once started, the EDI Contacts' replies
 * written on the admin page reach Teams askers (see {@link Assistant#deliveries()}), and the web chat's questions reach
 * the organisations' EDI Contacts' Teams channels (see {@link Assistant#contactsChannels()}).
 */
public final class TeamsChannel implements AutoCloseable {

  public static final String MESSAGES_PATH = "/api/messages";

  private static final Logger LOG = LoggerFactory.getLogger(TeamsChannel.class);

  private final TeamsMode mode;
  private final Answering answering;
  private final MessagesServlet servlet;
  private final Deliveries deliveries;
  private final TeamsReplies replies;
  private final ContactsChannels contactsChannels;
  private final TeamsContacts contacts;

  private TeamsChannel(TeamsMode mode, Answering answering, MessagesServlet servlet, Assistant assistant, TeamsReplies replies,
                       TeamsContacts contacts) {
    this.mode = mode;
    this.answering = answering;
    this.servlet = servlet;
    this.deliveries = assistant.deliveries();
    this.replies = replies;
    this.contactsChannels = assistant.contactsChannels();
    this.contacts = contacts;
  }

  /**
   * Builds the channel the configuration asks for, warning loudly in local development mode.
   *
   * @throws IllegalArgumentException when Teams is switched off in the configuration
   * @throws TeamsException when a tenant maps to an unknown organisation, saying which
   */
  public static TeamsChannel start(Config config, Assistant assistant) {
    return start(config, assistant, TeamsConnection.open(config, assistant.clock()));
  }

  /**
   * Builds the channel over a connection already made from the same configuration (see {@link TeamsConnection}).
   *
   * @throws IllegalArgumentException when Teams is switched off in the configuration
   * @throws TeamsException when a tenant maps to an unknown organisation, saying which
   */
  public static TeamsChannel start(Config config, Assistant assistant, TeamsConnection connection) {
    TeamsMode mode = config.teamsMode();
    if (mode == TeamsMode.OFF) throw new IllegalArgumentException("Teams is switched off: no MICROSOFT_APP_ID, and TEAMS_LOCAL_DEVELOPMENT is not true");
    Config resolved = resolveOrganisations(config, assistant);
    if (mode == TeamsMode.LOCAL_DEVELOPMENT) {
      LOG.warn("Teams is in LOCAL DEVELOPMENT MODE on {}: {} accepts activities WITHOUT AUTHENTICATION from this machine "
          + "(loopback peers only) and replies to loopback serviceUrls. It is for the Microsoft 365 Agents Playground or the "
          + "Bot Framework Emulator on this machine; set MICROSOFT_APP_ID and MICROSOFT_APP_PASSWORD for Teams.", config.host(), MESSAGES_PATH);
    }
    Answering answering = new Answering(assistant, resolved);
    boolean localOnly = mode == TeamsMode.LOCAL_DEVELOPMENT;
    Proactive proactive = new Proactive(connection.adapter, config.teams().appId(), localOnly);
    TeamsReplies replies = new TeamsReplies(proactive);
    Protocol protocol = new BotFrameworkProtocol(connection.adapter, new Turns(answering, proactive), localOnly);
    TeamsContacts contacts = new TeamsContacts(answering, proactive);
    assistant.deliveries().add(replies);
    assistant.contactsChannels().add(contacts);
    return new TeamsChannel(mode, answering, new MessagesServlet(protocol, localOnly), assistant, replies, contacts);
  }

  /** Returns the servlet to mount on the shared server: {@code /api/messages}. */
  public List<Mount> mounts() {
    return List.of(new Mount(MESSAGES_PATH, servlet));
  }

  /** Returns whether requests are authenticated or the channel is in local development mode. */
  public TeamsMode mode() {
    return mode;
  }

  /**
   * Stops delivering the EDI Contacts' replies from the admin page through this channel, and taking the web chat's
   * questions for the contacts' Teams channels; the servlet stops with the server.
   */
  @Override
  public void close() {
    deliveries.remove(replies);
    contactsChannels.remove(contacts);
    contacts.close();
  }

  /** Returns the channel's answers and ratings, for tests in this package. */
  Answering answering() {
    return answering;
  }

  /** Returns the configuration with its organisations as ids: a tenant may name one by id or name, in any case. */
  private static Config resolveOrganisations(Config config, Assistant assistant) {
    try {
      return config.withOrganisationsResolved(assistant.knowledge()::resolveOrganisation);
    } catch (ConfigException e) {
      throw new TeamsException(e.getMessage());
    }
  }
}
