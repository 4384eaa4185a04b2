package signpost.bot.config;

/** Thrown when a setting is missing, malformed or inconsistent; the message names the setting. */
public final class ConfigException extends RuntimeException {

  public ConfigException(String message) {
    super(message);
  }
}
