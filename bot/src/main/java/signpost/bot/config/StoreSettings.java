package signpost.bot.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Where Signpost keeps what must outlive a restart or be shared by replicas: an H2 database in the data folder unless
 * a database URL is given (PostgreSQL in production).
 *
 * @param data {@code SIGNPOST_DATA}: the data folder (default {@code ~/.local/share/signpost}); the embedded database
 *     lives in it when no URL is set
 * @param url {@code SIGNPOST_DB_URL}: a {@code jdbc:postgresql://} (or {@code jdbc:h2:}) URL, or null for the embedded
 *     database
 * @param user {@code SIGNPOST_DB_USER}: the database user, or null
 * @param password {@code SIGNPOST_DB_PASSWORD}: the database password, or null
 * @param pseudonymKey {@code SIGNPOST_PSEUDONYM_KEY}: the key people's ids are hashed with, or null to use one made
 *     once and kept in the database (so every replica shares it)
 * @param poolSize {@code SIGNPOST_DB_POOL_SIZE}: the most connections held open (default 10)
 * @param timeout {@code SIGNPOST_DB_TIMEOUT_SECONDS}: the longest wait to connect or for a free connection
 *     (default 10 s)
 * @param conversationIdle {@code SIGNPOST_CONVERSATION_IDLE_MINUTES}: how long a conversation waits for its next
 *     message before it is closed and its screening kept as a draft (default 30 minutes)
 * @param retention how long each kind of data about people is kept before the daily purge deletes it
 */
public record StoreSettings(Path data, String url, String user, String password, String pseudonymKey, int poolSize,
                            Duration timeout, Duration conversationIdle, Retention retention) {

  public static final Duration DEFAULT_CONVERSATION_IDLE = Duration.ofMinutes(30);

  public static final int DEFAULT_POOL_SIZE = 10;
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
  /** A shorter key would make the hashed ids easier to reverse by trying every user id. */
  public static final int MIN_KEY_LENGTH = 32;

  public StoreSettings {
    Objects.requireNonNull(data, "data");
    if (timeout == null) timeout = DEFAULT_TIMEOUT;
    if (conversationIdle == null) conversationIdle = DEFAULT_CONVERSATION_IDLE;
    if (retention == null) retention = Retention.DEFAULT;
    if (conversationIdle.compareTo(Duration.ofMinutes(1)) < 0) {
      throw new ConfigException("SIGNPOST_CONVERSATION_IDLE_MINUTES must be at least 1: " + conversationIdle.toMinutes());
    }
    if (url != null && !url.startsWith("jdbc:postgresql:") && !url.startsWith("jdbc:h2:")) {
      throw new ConfigException("SIGNPOST_DB_URL must be a PostgreSQL JDBC URL such as jdbc:postgresql://db.example.org:5432/signpost"
          + " (or jdbc:h2:...): " + url);
    }
    if (url == null && user != null) throw new ConfigException("SIGNPOST_DB_USER is set but SIGNPOST_DB_URL is missing");
    if (url == null && password != null) throw new ConfigException("SIGNPOST_DB_PASSWORD is set but SIGNPOST_DB_URL is missing");
    if (pseudonymKey != null && pseudonymKey.length() < MIN_KEY_LENGTH) {
      throw new ConfigException("SIGNPOST_PSEUDONYM_KEY must be at least " + MIN_KEY_LENGTH + " characters (e.g. openssl rand -base64 32): "
          + pseudonymKey.length() + " given");
    }
    if (poolSize < 1) throw new ConfigException("SIGNPOST_DB_POOL_SIZE must be positive: " + poolSize);
    if (retention.conversations().compareTo(conversationIdle) < 0) {
      throw new ConfigException("SIGNPOST_RETAIN_CONVERSATIONS_DAYS (" + retention.conversations().toDays() + ") must be at least "
          + "SIGNPOST_CONVERSATION_IDLE_MINUTES (" + conversationIdle.toMinutes() + "): a conversation is kept while it may go on");
    }
    if (timeout.compareTo(Duration.ofMillis(250)) < 0) {
      throw new ConfigException("SIGNPOST_DB_TIMEOUT_SECONDS must be at least 0.25: " + timeout.toMillis() / 1000.0);
    }
  }

  /** Returns settings with the default retention. */
  public StoreSettings(Path data, String url, String user, String password, String pseudonymKey, int poolSize,
                       Duration timeout, Duration conversationIdle) {
    this(data, url, user, password, pseudonymKey, poolSize, timeout, conversationIdle, Retention.DEFAULT);
  }

  /** Returns settings with conversations closed after the default idle time. */
  public StoreSettings(Path data, String url, String user, String password, String pseudonymKey, int poolSize,
                       Duration timeout) {
    this(data, url, user, password, pseudonymKey, poolSize, timeout, DEFAULT_CONVERSATION_IDLE);
  }

  /** Returns the embedded database in {@code folder} with the default pool and timeout. */
  public static StoreSettings embedded(Path folder) {
    return new StoreSettings(folder, null, null, null, null, DEFAULT_POOL_SIZE, DEFAULT_TIMEOUT);
  }

  /** Returns true when the database is the embedded one in the data folder. */
  public boolean isEmbedded() {
    return url == null;
  }

  /** Returns the settings without the password and the key, which must never reach a log. */
  @Override
  public String toString() {
    return "StoreSettings[data=" + data + ", url=" + url + ", user=" + user + ", password=" + (password == null ? null : "***")
        + ", pseudonymKey=" + (pseudonymKey == null ? null : "***") + ", poolSize=" + poolSize + ", timeout=" + timeout
        + ", retention=" + retention + "]";
  }
}
