package signpost.bot.config;

import java.util.Locale;

/** How Signpost writes its log lines to standard error ({@code SIGNPOST_LOG_FORMAT}). */
public enum LogFormat {
  /** One readable line per event: time, thread, level, logger, request id when there is one, message. */
  TEXT,
  /** One JSON object per line, for log collectors: {@code time}, {@code level}, {@code logger}, {@code request_id}, ... */
  JSON;

  /**
   * Returns the format a setting names, in any case.
   *
   * @throws ConfigException when it names neither, saying what it may be
   */
  public static LogFormat parse(String text) {
    try {
      return valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ConfigException("SIGNPOST_LOG_FORMAT must be text or json: " + text);
    }
  }
}
