package signpost.bot.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.UnaryOperator;
import signpost.knowledge.LoadOptions;

/**
 * Everything {@code serve} is told, built once from the environment and an optional file of the same
 * names ({@code KEY=value} lines); the environment wins. Immutable. Every remote base URL is here so tests
 * and operators can point it elsewhere.
 *
 * @param host {@code SIGNPOST_HOST}: the address to listen on (default {@code 127.0.0.1})
 * @param port {@code SIGNPOST_PORT}: the port (default 3978; 0 picks a free one)
 * @param knowledge {@code SIGNPOST_KNOWLEDGE}: knowledge folders, separated by the path separator
 *     (default {@code ../shared/corpus} when it exists)
 * @param index {@code SIGNPOST_INDEX}: a folder for the index on disk, or null for memory
 * @param cache {@code SIGNPOST_CACHE}: where parsed documents are kept so a restart skips parsing unchanged
 *     files (default {@code ~/.cache/signpost}; {@code none} keeps nothing), or null
 * @param rules {@code SIGNPOST_RULES}: a rules folder put over the built-in rules and watched, or null
 * @param defaultOrganisation {@code SIGNPOST_DEFAULT_ORG}: the organisation answered for when a channel does
 *     not say, or null
 * @param maxBodyBytes {@code SIGNPOST_MAX_BODY_BYTES}: the largest request body accepted (default 1 MB)
 * @param answerCache {@code SIGNPOST_ANSWER_CACHE}: how many recent answers to keep for repeated questions
 *     (default 1000; 0 keeps none)
 * @param maxFileBytes {@code SIGNPOST_MAX_FILE_MB}: knowledge files larger than this are skipped (default 50 MB)
 * @param slack the Slack settings
 * @param teams the Microsoft Teams settings
 * @param edge how the HTTP edge defends itself (public hosts, threads, per-client and body-rate limits)
 * @param store where conversations, screenings, ratings and de-duplication are kept (data folder or database)
 * @param observability where {@code /metrics} is served and how logs are written
 * @param email where questions are passed on by e-mail, for organisations whose EDI Contacts have no channel here
 */
public record Config(String host, int port, List<Path> knowledge, Path index, Path cache, Path rules, String defaultOrganisation,
                     long maxBodyBytes, int answerCache, long maxFileBytes, SlackSettings slack, TeamsSettings teams,
                     EdgeSettings edge, StoreSettings store, ObservabilitySettings observability, EmailSettings email) {

  public static final int DEFAULT_PORT = 3978;
  public static final long DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
  public static final int DEFAULT_ANSWER_CACHE = 1000;
  static final Path DEFAULT_KNOWLEDGE = Path.of("..", "shared", "corpus");
  static final Path DEFAULT_DATA = Path.of(System.getProperty("user.home"), ".local", "share", "signpost");

  public Config {
    knowledge = List.copyOf(knowledge);
    if (port < 0 || port > 65_535) throw new ConfigException("SIGNPOST_PORT must be 0 to 65535: " + port);
    if (answerCache < 0) throw new ConfigException("SIGNPOST_ANSWER_CACHE must be 0 or more: " + answerCache);
    if (maxFileBytes < 1) throw new ConfigException("SIGNPOST_MAX_FILE_MB must be positive: " + maxFileBytes);
    if (maxBodyBytes < 1) throw new ConfigException("SIGNPOST_MAX_BODY_BYTES must be positive: " + maxBodyBytes);
    if (Boolean.TRUE.equals(teams.enabled()) && teams.appId() == null && !teams.localDevelopment()) {
      throw new ConfigException("TEAMS_ENABLED is true without MICROSOFT_APP_ID; set MICROSOFT_APP_ID and MICROSOFT_APP_PASSWORD, "
          + "or TEAMS_LOCAL_DEVELOPMENT=true to accept unauthenticated activities from this machine only");
    }
    if (observability.metricsPort() != null && observability.metricsPort() != 0 && observability.metricsPort() == port) {
      throw new ConfigException("SIGNPOST_METRICS_PORT must differ from SIGNPOST_PORT: both are " + port);
    }
  }

  /** Returns the configuration from the process environment, with {@code file}'s settings under it when given. */
  public static Config load(Map<String, String> environment, Path file) {
    Map<String, String> settings = new HashMap<>();
    if (file != null) settings.putAll(readFile(file));
    environment.forEach((key, value) -> {
      if (value != null && !value.isBlank()) settings.put(key, value);
    });
    return of(settings);
  }

  /**
   * Returns the configuration from settings named as the environment variables are.
   *
   * @throws ConfigException naming the setting that is malformed or inconsistent
   */
  public static Config of(Map<String, String> settings) {
    UnaryOperator<String> get = key -> {
      String value = settings.get(key);
      return value == null || value.isBlank() ? null : value.strip();
    };
    List<Path> knowledge = new ArrayList<>();
    String folders = get.apply("SIGNPOST_KNOWLEDGE");
    if (folders != null) {
      for (String folder : folders.split(java.io.File.pathSeparator)) if (!folder.isBlank()) knowledge.add(Path.of(folder.strip()));
    } else if (Files.isDirectory(DEFAULT_KNOWLEDGE)) {
      knowledge.add(DEFAULT_KNOWLEDGE);
    }
    SlackSettings slack = new SlackSettings(get.apply("SLACK_SIGNING_SECRET"), get.apply("SLACK_BOT_TOKEN"),
        get.apply("SLACK_APP_TOKEN"), get.apply("SLACK_API_URL"), bool(get.apply("SLACK_SOCKET_MODE"), "SLACK_SOCKET_MODE"),
        pairs(get.apply("SLACK_WORKSPACES"), "SLACK_WORKSPACES", "TEAM"),
        (int) number(get.apply("SLACK_ANSWER_QUEUE"), SlackSettings.DEFAULT_ANSWER_QUEUE, "SLACK_ANSWER_QUEUE"),
        seconds(get.apply("SLACK_DRAIN_SECONDS"), "SLACK_DRAIN_SECONDS"),
        byOrganisation(get.apply("SIGNPOST_EDI_CONTACTS_SLACK"), "SIGNPOST_EDI_CONTACTS_SLACK", "channelId"));
    checkSlack(slack);
    if (get.apply("TEAMS_ALLOW_UNAUTHENTICATED") != null) {
      throw new ConfigException("TEAMS_ALLOW_UNAUTHENTICATED is no longer read: unauthenticated Teams activities are accepted "
          + "only from this machine, with TEAMS_LOCAL_DEVELOPMENT=true");
    }
    String teamsSwitch = get.apply("TEAMS_ENABLED");
    TeamsSettings teams = new TeamsSettings(get.apply("MICROSOFT_APP_ID"), get.apply("MICROSOFT_APP_PASSWORD"),
        get.apply("MICROSOFT_APP_TENANT_ID"), get.apply("BOT_OPENID_METADATA_URL"), get.apply("BOT_TOKEN_URL"),
        teamsSwitch == null ? null : bool(teamsSwitch, "TEAMS_ENABLED"),
        bool(get.apply("TEAMS_LOCAL_DEVELOPMENT"), "TEAMS_LOCAL_DEVELOPMENT"),
        pairs(get.apply("TEAMS_TENANTS"), "TEAMS_TENANTS", "TENANT"), seconds(get.apply("BOT_HTTP_TIMEOUT_SECONDS"), "BOT_HTTP_TIMEOUT_SECONDS"),
        byOrganisation(get.apply("SIGNPOST_EDI_CONTACTS_TEAMS"), "SIGNPOST_EDI_CONTACTS_TEAMS", "conversationId@serviceUrl"));
    return new Config(orDefault(get.apply("SIGNPOST_HOST"), "127.0.0.1"),
        (int) number(get.apply("SIGNPOST_PORT"), DEFAULT_PORT, "SIGNPOST_PORT"), knowledge,
        path(get.apply("SIGNPOST_INDEX")), cache(get.apply("SIGNPOST_CACHE")), path(get.apply("SIGNPOST_RULES")), get.apply("SIGNPOST_DEFAULT_ORG"),
        number(get.apply("SIGNPOST_MAX_BODY_BYTES"), DEFAULT_MAX_BODY_BYTES, "SIGNPOST_MAX_BODY_BYTES"),
        (int) number(get.apply("SIGNPOST_ANSWER_CACHE"), DEFAULT_ANSWER_CACHE, "SIGNPOST_ANSWER_CACHE"),
        megabytes(get.apply("SIGNPOST_MAX_FILE_MB")), slack, teams, edge(get), store(get), observability(get), email(get));
  }

  private static EmailSettings email(UnaryOperator<String> get) {
    String startTls = get.apply("SIGNPOST_SMTP_STARTTLS");
    return new EmailSettings(byOrganisation(get.apply("SIGNPOST_EDI_CONTACTS_EMAIL"), "SIGNPOST_EDI_CONTACTS_EMAIL", "address"),
        get.apply("SIGNPOST_SMTP_HOST"), (int) number(get.apply("SIGNPOST_SMTP_PORT"), EmailSettings.DEFAULT_PORT, "SIGNPOST_SMTP_PORT"),
        get.apply("SIGNPOST_SMTP_FROM"), get.apply("SIGNPOST_SMTP_USER"), get.apply("SIGNPOST_SMTP_PASSWORD"),
        startTls == null || bool(startTls, "SIGNPOST_SMTP_STARTTLS"),
        seconds(get.apply("SIGNPOST_SMTP_TIMEOUT_SECONDS"), "SIGNPOST_SMTP_TIMEOUT_SECONDS"),
        (int) number(get.apply("SIGNPOST_SMTP_ATTEMPTS"), EmailSettings.DEFAULT_ATTEMPTS, "SIGNPOST_SMTP_ATTEMPTS"),
        seconds(get.apply("SIGNPOST_SMTP_RETRY_SECONDS"), "SIGNPOST_SMTP_RETRY_SECONDS"));
  }

  private static ObservabilitySettings observability(UnaryOperator<String> get) {
    String port = get.apply("SIGNPOST_METRICS_PORT");
    String format = get.apply("SIGNPOST_LOG_FORMAT");
    return new ObservabilitySettings(orDefault(get.apply("SIGNPOST_METRICS_HOST"), ObservabilitySettings.DEFAULT.metricsHost()),
        port == null ? null : (int) number(port, 0, "SIGNPOST_METRICS_PORT"), get.apply("SIGNPOST_METRICS_TOKEN"),
        format == null ? LogFormat.TEXT : LogFormat.parse(format));
  }

  private static StoreSettings store(UnaryOperator<String> get) {
    String data = get.apply("SIGNPOST_DATA");
    return new StoreSettings(data == null ? DEFAULT_DATA : Path.of(data), get.apply("SIGNPOST_DB_URL"), get.apply("SIGNPOST_DB_USER"),
        get.apply("SIGNPOST_DB_PASSWORD"), get.apply("SIGNPOST_PSEUDONYM_KEY"),
        (int) number(get.apply("SIGNPOST_DB_POOL_SIZE"), StoreSettings.DEFAULT_POOL_SIZE, "SIGNPOST_DB_POOL_SIZE"),
        seconds(get.apply("SIGNPOST_DB_TIMEOUT_SECONDS"), "SIGNPOST_DB_TIMEOUT_SECONDS"),
        java.time.Duration.ofMinutes(number(get.apply("SIGNPOST_CONVERSATION_IDLE_MINUTES"),
            StoreSettings.DEFAULT_CONVERSATION_IDLE.toMinutes(), "SIGNPOST_CONVERSATION_IDLE_MINUTES")), retention(get));
  }

  private static Retention retention(UnaryOperator<String> get) {
    Retention d = Retention.DEFAULT;
    return new Retention(Retention.days(get.apply("SIGNPOST_RETAIN_QUESTIONS_DAYS"), d.questions(), "SIGNPOST_RETAIN_QUESTIONS_DAYS"),
        Retention.days(get.apply("SIGNPOST_RETAIN_FEEDBACK_DAYS"), d.feedback(), "SIGNPOST_RETAIN_FEEDBACK_DAYS"),
        Retention.days(get.apply("SIGNPOST_RETAIN_SCREENINGS_DAYS"), d.screenings(), "SIGNPOST_RETAIN_SCREENINGS_DAYS"),
        Retention.days(get.apply("SIGNPOST_RETAIN_CONVERSATIONS_DAYS"), d.conversations(), "SIGNPOST_RETAIN_CONVERSATIONS_DAYS"));
  }

  private static EdgeSettings edge(UnaryOperator<String> get) {
    EdgeSettings d = EdgeSettings.DEFAULT;
    String hosts = get.apply("SIGNPOST_PUBLIC_HOSTS");
    return new EdgeSettings(hosts == null ? List.of() : List.of(hosts.split(",")),
        (int) number(get.apply("SIGNPOST_HTTP_THREADS"), d.threads(), "SIGNPOST_HTTP_THREADS"),
        (int) number(get.apply("SIGNPOST_MAX_REQUESTS_PER_CLIENT"), d.perClient(), "SIGNPOST_MAX_REQUESTS_PER_CLIENT"),
        number(get.apply("SIGNPOST_MIN_BODY_RATE"), d.minBodyRate(), "SIGNPOST_MIN_BODY_RATE"),
        (int) number(get.apply("SIGNPOST_READ_TIMEOUT_SECONDS"), d.bodyTimeoutSeconds(), "SIGNPOST_READ_TIMEOUT_SECONDS"),
        get.apply("SIGNPOST_ADMIN_TOKEN"), signIn(get));
  }

  private static AdminSignIn signIn(UnaryOperator<String> get) {
    String issuer = get.apply("SIGNPOST_ADMIN_OIDC_ISSUER");
    if (issuer == null) {
      for (String key : List.of("SIGNPOST_ADMIN_OIDC_CLIENT_ID", "SIGNPOST_ADMIN_OIDC_CLIENT_SECRET", "SIGNPOST_ADMINS")) {
        if (get.apply(key) != null) throw new ConfigException(key + " is set but SIGNPOST_ADMIN_OIDC_ISSUER is missing");
      }
      return null;
    }
    Map<String, java.util.Set<String>> admins = new LinkedHashMap<>();
    String pairs = get.apply("SIGNPOST_ADMINS");
    for (String pair : pairs == null ? new String[0] : pairs.split(",")) {
      String[] parts = pair.split("=", 2);
      if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
        throw new ConfigException("SIGNPOST_ADMINS must be organisation=claim-value pairs separated by commas: " + pairs);
      }
      admins.computeIfAbsent(parts[0].strip(), org -> new java.util.HashSet<>()).add(parts[1].strip());
    }
    java.net.URI uri;
    try {
      uri = java.net.URI.create(issuer);
    } catch (IllegalArgumentException e) {
      throw new ConfigException("SIGNPOST_ADMIN_OIDC_ISSUER must be a URL: " + issuer);
    }
    String minutes = get.apply("SIGNPOST_ADMIN_SESSION_MINUTES");
    return new AdminSignIn(uri, get.apply("SIGNPOST_ADMIN_OIDC_CLIENT_ID"), get.apply("SIGNPOST_ADMIN_OIDC_CLIENT_SECRET"),
        get.apply("SIGNPOST_ADMIN_CLAIM"), admins,
        minutes == null ? null : java.time.Duration.ofMinutes(number(minutes, 0, "SIGNPOST_ADMIN_SESSION_MINUTES")),
        seconds(get.apply("SIGNPOST_ADMIN_OIDC_TIMEOUT_SECONDS"), "SIGNPOST_ADMIN_OIDC_TIMEOUT_SECONDS"));
  }

  /** Returns this configuration with other edge settings (public hosts, threads, limits). */
  public Config withEdge(EdgeSettings other) {
    return new Config(host, port, knowledge, index, cache, rules, defaultOrganisation, maxBodyBytes, answerCache, maxFileBytes, slack, teams, other, store, observability, email);
  }

  /** Returns this configuration listening on another port. */
  public Config withPort(int newPort) {
    return new Config(host, newPort, knowledge, index, cache, rules, defaultOrganisation, maxBodyBytes, answerCache, maxFileBytes, slack, teams, edge, store, observability, email);
  }

  /** Returns this configuration reading other knowledge folders. */
  public Config withKnowledge(List<Path> folders) {
    return new Config(host, port, folders, index, cache, rules, defaultOrganisation, maxBodyBytes, answerCache, maxFileBytes, slack, teams, edge, store, observability, email);
  }

  /** Returns this configuration with a rules folder. */
  public Config withRules(Path folder) {
    return new Config(host, port, knowledge, index, cache, folder, defaultOrganisation, maxBodyBytes, answerCache, maxFileBytes, slack, teams, edge, store, observability, email);
  }

  /** Returns this configuration keeping parsed documents and compiled rules in a folder (null: nowhere). */
  public Config withCache(Path folder) {
    return new Config(host, port, knowledge, index, folder, rules, defaultOrganisation, maxBodyBytes, answerCache, maxFileBytes, slack, teams, edge, store, observability, email);
  }

  /** Returns this configuration writing the index to a folder (null: in memory). */
  public Config withIndex(Path folder) {
    return new Config(host, port, knowledge, folder, cache, rules, defaultOrganisation, maxBodyBytes, answerCache, maxFileBytes, slack, teams, edge, store, observability, email);
  }

  /** Returns this configuration keeping a number of recent answers (0: none). */
  public Config withAnswerCache(int answers) {
    return new Config(host, port, knowledge, index, cache, rules, defaultOrganisation, maxBodyBytes, answers, maxFileBytes, slack, teams, edge, store, observability, email);
  }

  /** Returns this configuration skipping knowledge files larger than {@code bytes}. */
  public Config withMaxFileBytes(long bytes) {
    return new Config(host, port, knowledge, index, cache, rules, defaultOrganisation, maxBodyBytes, answerCache, bytes, slack, teams, edge, store, observability, email);
  }

  /**
   * Returns this configuration with every organisation it names ({@code SIGNPOST_DEFAULT_ORG}, {@code SLACK_WORKSPACES},
   * {@code TEAMS_TENANTS}, {@code SIGNPOST_ADMINS}, the EDI Contacts' channels and addresses) turned into its id by {@code resolve}, which takes an id or a name.
   *
   * @throws ConfigException naming the setting whose organisation {@code resolve} rejects, with its message
   */
  public Config withOrganisationsResolved(UnaryOperator<String> resolve) {
    String org = resolved(resolve, defaultOrganisation, "SIGNPOST_DEFAULT_ORG names ");
    Map<String, String> workspaces = resolved(resolve, slack.workspaces(), "SLACK_WORKSPACES maps ");
    Map<String, String> tenants = resolved(resolve, teams.tenants(), "TEAMS_TENANTS maps ");
    Map<String, String> contacts = resolvedKeys(resolve, slack.ediContacts(), "SIGNPOST_EDI_CONTACTS_SLACK names ");
    SlackSettings newSlack = new SlackSettings(slack.signingSecret(), slack.botToken(), slack.appToken(), slack.apiUrl(),
        slack.socketMode(), workspaces, slack.answerQueue(), slack.drain(), contacts);
    TeamsSettings newTeams = new TeamsSettings(teams.appId(), teams.appPassword(), teams.tenantId(), teams.openIdMetadataUrl(),
        teams.tokenUrl(), teams.enabled(), teams.localDevelopment(), tenants, teams.timeout(),
        resolvedKeys(resolve, teams.ediContacts(), "SIGNPOST_EDI_CONTACTS_TEAMS names "));
    EdgeSettings newEdge = edge.signIn() == null ? edge : edge.withSignIn(edge.signIn().withOrganisations(resolve));
    EmailSettings newEmail = email.withContacts(resolvedKeys(resolve, email.ediContacts(), "SIGNPOST_EDI_CONTACTS_EMAIL names "));
    return new Config(host, port, knowledge, index, cache, rules, org, maxBodyBytes, answerCache, maxFileBytes, newSlack, newTeams,
        newEdge, store, observability, newEmail);
  }

  private static Map<String, String> resolved(UnaryOperator<String> resolve, Map<String, String> pairs, String setting) {
    Map<String, String> out = new LinkedHashMap<>();
    pairs.forEach((key, org) -> out.put(key, resolved(resolve, org, setting + key + " to ")));
    return out;
  }

  /** Returns the pairs with their organisations, the keys, resolved to ids. */
  private static Map<String, String> resolvedKeys(UnaryOperator<String> resolve, Map<String, String> pairs, String setting) {
    Map<String, String> out = new LinkedHashMap<>();
    pairs.forEach((org, value) -> out.put(resolved(resolve, org, setting), value));
    return out;
  }

  private static String resolved(UnaryOperator<String> resolve, String org, String setting) {
    if (org == null) return null;
    try {
      return resolve.apply(org);
    } catch (IllegalArgumentException e) {
      throw new ConfigException(setting + e.getMessage());
    }
  }

  /**
   * Returns whether Teams is served and how: authenticated with an app id; without one, local development mode only
   * when {@code TEAMS_LOCAL_DEVELOPMENT=true} (whatever address the server listens on, each request must come from
   * this machine); off otherwise, or when {@code TEAMS_ENABLED=false}.
   */
  public TeamsMode teamsMode() {
    if (Boolean.FALSE.equals(teams.enabled())) return TeamsMode.OFF;
    if (teams.appId() != null) return TeamsMode.AUTHENTICATED;
    return teams.localDevelopment() ? TeamsMode.LOCAL_DEVELOPMENT : TeamsMode.OFF;
  }

  /** Slack needs both secrets for HTTP, and the bot and app tokens for Socket Mode. */
  private static void checkSlack(SlackSettings slack) {
    if (!slack.enabled()) return;
    if (slack.botToken() == null) throw new ConfigException("Slack is switched on but SLACK_BOT_TOKEN is missing");
    if (slack.socketMode() && slack.appToken() == null) {
      throw new ConfigException("SLACK_SOCKET_MODE is true but SLACK_APP_TOKEN (xapp-...) is missing");
    }
    if (!slack.socketMode() && slack.signingSecret() == null) {
      throw new ConfigException("Slack is switched on but SLACK_SIGNING_SECRET is missing (or set SLACK_SOCKET_MODE=true)");
    }
  }

  private static Map<String, String> readFile(Path file) {
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (IOException e) {
      throw new ConfigException("cannot read config file " + file + ": " + e.getMessage());
    }
    Map<String, String> out = new HashMap<>();
    properties.forEach((k, v) -> out.put(k.toString(), v.toString()));
    return out;
  }

  private static Map<String, String> pairs(String text, String key, String what) {
    Map<String, String> out = new LinkedHashMap<>();
    if (text == null) return out;
    for (String pair : text.split(",")) {
      String[] parts = pair.split("=", 2);
      if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
        throw new ConfigException(key + " must be " + what + "=org pairs separated by commas: " + text);
      }
      out.put(parts[0].strip(), parts[1].strip());
    }
    return out;
  }

  /** Returns {@code org=value} pairs separated by commas, by organisation as written. */
  private static Map<String, String> byOrganisation(String text, String key, String value) {
    Map<String, String> out = new LinkedHashMap<>();
    if (text == null) return out;
    for (String pair : text.split(",")) {
      String[] parts = pair.split("=", 2);
      if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
        throw new ConfigException(key + " must be org=" + value + " pairs separated by commas: " + text);
      }
      out.put(parts[0].strip(), parts[1].strip());
    }
    return out;
  }

  private static long megabytes(String text) {
    if (text == null) return LoadOptions.DEFAULT_MAX_FILE_BYTES;
    try {
      return Math.round(Double.parseDouble(text) * 1024 * 1024);
    } catch (NumberFormatException e) {
      throw new ConfigException("SIGNPOST_MAX_FILE_MB must be a number: " + text);
    }
  }

  private static long number(String text, long fallback, String key) {
    if (text == null) return fallback;
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw new ConfigException(key + " must be a whole number: " + text);
    }
  }

  private static java.time.Duration seconds(String text, String key) {
    if (text == null) return null;
    try {
      double seconds = Double.parseDouble(text);
      if (!(seconds >= 0)) throw new ConfigException(key + " must be 0 or more seconds: " + text);
      return java.time.Duration.ofMillis(Math.round(seconds * 1000));
    } catch (NumberFormatException e) {
      throw new ConfigException(key + " must be a number of seconds: " + text);
    }
  }

  private static boolean bool(String text, String key) {
    if (text == null) return false;
    if (text.equalsIgnoreCase("true")) return true;
    if (text.equalsIgnoreCase("false")) return false;
    throw new ConfigException(key + " must be true or false: " + text);
  }

  private static Path path(String text) {
    return text == null ? null : Path.of(text);
  }

  private static Path cache(String text) {
    if (text == null) return Path.of(System.getProperty("user.home"), ".cache", "signpost");
    return text.equalsIgnoreCase("none") ? null : Path.of(text);
  }

  private static String orDefault(String text, String fallback) {
    return text == null ? fallback : text;
  }
}
