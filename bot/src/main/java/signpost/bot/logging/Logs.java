package signpost.bot.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;
import signpost.bot.config.LogFormat;

/**
 * The process's logging switches: the line format ({@code SIGNPOST_LOG_FORMAT}, applied as soon as the configuration
 * is read) and quieting a logger for one-off commands. Levels per library are in {@code logback.xml}.
 */
public final class Logs {

  private static volatile LogFormat format = LogFormat.TEXT;

  private Logs() {}

  /** Makes every line from now on readable text or JSON. */
  public static void use(LogFormat chosen) {
    format = java.util.Objects.requireNonNull(chosen, "format");
  }

  /** Returns the format lines are written in now. */
  public static LogFormat format() {
    return format;
  }

  /** Logs only warnings and errors from the named logger, e.g. a server's start-up timings in a one-off command. */
  public static void quiet(String logger) {
    if (LoggerFactory.getLogger(logger) instanceof Logger logback) logback.setLevel(Level.WARN);
  }
}
