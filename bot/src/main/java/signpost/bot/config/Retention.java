package signpost.bot.config;

import java.time.Duration;

/**
 * How long each kind of data about people is kept before the daily purge deletes it, each a whole number of days.
 *
 * @param questions {@code SIGNPOST_RETAIN_QUESTIONS_DAYS}: questions logged for the EDI team, refused or rated 👎,
 *     from when they were asked (default 90)
 * @param feedback {@code SIGNPOST_RETAIN_FEEDBACK_DAYS}: ratings, from when they were given (default 365)
 * @param screenings {@code SIGNPOST_RETAIN_SCREENINGS_DAYS}: screening records, from when they were last changed
 *     (default 2,190: six years)
 * @param conversations {@code SIGNPOST_RETAIN_CONVERSATIONS_DAYS}: what a conversation remembers between messages,
 *     from its last message, should it not have been closed for idleness (default 1)
 */
public record Retention(Duration questions, Duration feedback, Duration screenings, Duration conversations) {

  public static final Retention DEFAULT = new Retention(Duration.ofDays(90), Duration.ofDays(365), Duration.ofDays(2_190),
      Duration.ofDays(1));
  /** A hundred years: longer is a typing mistake, and would overflow a date. */
  static final long MAX_DAYS = 36_500;

  public Retention {
    check(questions, "SIGNPOST_RETAIN_QUESTIONS_DAYS");
    check(feedback, "SIGNPOST_RETAIN_FEEDBACK_DAYS");
    check(screenings, "SIGNPOST_RETAIN_SCREENINGS_DAYS");
    check(conversations, "SIGNPOST_RETAIN_CONVERSATIONS_DAYS");
  }

  private static void check(Duration kept, String setting) {
    if (kept == null) throw new ConfigException(setting + " must be given");
    if (kept.toDays() < 1 || kept.toDays() > MAX_DAYS || !kept.equals(Duration.ofDays(kept.toDays()))) {
      throw new ConfigException(setting + " must be a whole number of days from 1 to " + MAX_DAYS + ": " + kept.toDays());
    }
  }

  /**
   * Reads one setting, a whole number of days.
   *
   * @throws ConfigException naming the setting and the bad value
   */
  static Duration days(String text, Duration fallback, String setting) {
    if (text == null) return fallback;
    long days;
    try {
      days = Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw new ConfigException(setting + " must be a whole number of days from 1 to " + MAX_DAYS + ": " + text);
    }
    if (days < 1 || days > MAX_DAYS) {
      throw new ConfigException(setting + " must be a whole number of days from 1 to " + MAX_DAYS + ": " + text);
    }
    return Duration.ofDays(days);
  }
}
