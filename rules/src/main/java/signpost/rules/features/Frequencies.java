package signpost.rules.features;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How often a service runs or comes, changed: "going from every 30 mins to every hour", "every 2 hours on sundays
 * instead of hourly", "collections fortnightly rather than weekly". Less often is a service reduced, as a cut in
 * opening hours is; more often is a change all the same.
 */
public final class Frequencies {

  /** One way a change goes: less often (a service reduced) or not (more often, or not told). */
  enum Way { LESS_OFTEN, OTHER }

  private Frequencies() {}

  /**
   * An interval told: "every 30 mins", "every hour", "every other week", "hourly", "half-hourly", "fortnightly", "4 weekly",
   * "6-monthly".
   */
  private static final Pattern INTERVAL = Pattern.compile("\\bevery (?:(\\d{1,3}|a|one|two|three|four|six|other|half)"
      + "\\s*)?(mins?|minutes?|hours?|hrs?|days?|weeks?|fortnights?|months?)\\b|\\b(?:(\\d{1,2}|two|three|four|six)[- ]?)?"
      + "(half[- ]?hourly|hourly|daily|weekly|fortnightly|monthly)\\b");
  /** Between two intervals, the second new: "from every 30 mins to every hour", "half hourly down to hourly". */
  private static final Pattern SECOND_NEW = Pattern.compile("\\b(?:to|into|down to|up to|going to|becoming)\\s*$");
  /** Between two intervals, the first new: "every 2 hours instead of hourly", "fortnightly rather than weekly". */
  private static final Pattern FIRST_NEW = Pattern.compile("\\b(?:instead of|rather than|not|from)\\b");
  /** How far apart two intervals may be told to be one change. */
  private static final int WORDS_BETWEEN = 8;

  /** How often, told as a count in a time: "4 buses an hour", "twice a week", "three times a day". */
  private static final Pattern TIMES_IN = Pattern.compile("\\b(?:\\d{1,2}|once|twice|three times)\\s+(?:buses\\s+|trains\\s+"
      + "|journeys\\s+|services\\s+|collections\\s+)?(?:an?|per)\\s+(?:hour|day|week|fortnight)\\b");

  /**
   * Returns whether the text tells how often a service runs or comes: "every 30 mins", "hourly in the evenings",
   * "fortnightly", "4 buses an hour", "twice a week".
   */
  public static boolean told(String text) {
    String said = text.toLowerCase(Locale.ROOT);
    return INTERVAL.matcher(said).find() || TIMES_IN.matcher(said).find();
  }

  /** Returns how a change of frequency the text tells goes, if it tells one: two intervals, one said to replace the other. */
  static Optional<Way> changed(String text) {
    String said = text.toLowerCase(Locale.ROOT);
    List<double[]> found = new ArrayList<>();
    Matcher interval = INTERVAL.matcher(said);
    while (interval.find()) found.add(new double[] {minutes(interval), interval.start(), interval.end()});
    for (int i = 0; i + 1 < found.size(); i++) {
      double[] first = found.get(i);
      double[] second = found.get(i + 1);
      String between = said.substring((int) first[2], (int) second[1]);
      if (between.isBlank() || between.strip().split("\\s+").length > WORDS_BETWEEN || first[0] == second[0]) continue;
      if (SECOND_NEW.matcher(between).find()) return Optional.of(second[0] > first[0] ? Way.LESS_OFTEN : Way.OTHER);
      if (FIRST_NEW.matcher(between).find()) return Optional.of(first[0] > second[0] ? Way.LESS_OFTEN : Way.OTHER);
    }
    return Optional.empty();
  }

  /** Returns the interval told, in minutes. */
  private static double minutes(Matcher interval) {
    if (interval.group(4) != null) {
      double each = switch (interval.group(4).replaceAll("[- ]", "")) {
        case "halfhourly" -> 30;
        case "hourly" -> 60;
        case "daily" -> 24 * 60;
        case "weekly" -> 7 * 24 * 60;
        case "fortnightly" -> 14 * 24 * 60;
        default -> 30 * 24 * 60;
      };
      return times(interval.group(3)) * each;
    }
    String unit = interval.group(2);
    double each = unit.startsWith("min") ? 1 : unit.startsWith("h") ? 60 : unit.startsWith("d") ? 24 * 60
        : unit.startsWith("w") ? 7 * 24 * 60 : unit.startsWith("f") ? 14 * 24 * 60 : 30 * 24 * 60;
    return times(interval.group(1)) * each;
  }

  /** Returns how many of the unit an interval counts: "every 30 mins" 30, "every other week" 2, "4 weekly" 4. */
  private static double times(String said) {
    return switch (said == null ? "one" : said) {
      case "a", "one" -> 1;
      case "half" -> 0.5;
      case "two", "other" -> 2;
      case "three" -> 3;
      case "four" -> 4;
      case "six" -> 6;
      default -> Double.parseDouble(said);
    };
  }
}
