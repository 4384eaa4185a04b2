package signpost.bot.screening;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import signpost.rules.decision.Verdict;

/** Says the parts of a screening record in words, the same way in every export. */
final class RecordWords {

  /** Stands in every export for what the manager has not said yet. */
  static final String NOT_RECORDED = "Not yet recorded";

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK)
      .withZone(ZoneOffset.UTC);

  private RecordWords() {}

  /** Returns the day in UTC as a person writes it, e.g. "1 December 2026". */
  static String day(Instant instant) {
    return DAY.format(instant);
  }

  /** Returns the status as a person reads it, e.g. "Open". */
  static String status(Status status) {
    String name = status.wireName();
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  /** Returns what the verdict means, as the end of a sentence, e.g. "a full EqIA is required". */
  static String verdict(Verdict verdict) {
    return switch (verdict) {
      case REQUIRED -> "a full EqIA is required";
      case SCREENING -> "a screening, rather than a full EqIA, is the proportionate level of assessment";
      case NOT_REQUIRED -> "an EqIA is not required";
    };
  }

  /** Returns true when the manager has said something: not null and not only white space. */
  static boolean given(String text) {
    return text != null && !text.isBlank();
  }

  /** Returns the text on one line: runs of white space, line breaks and Unicode spaces included, become one space. */
  static String oneLine(String text) {
    return text.replaceAll("(?U)\\s+", " ").strip();
  }

  /** Returns the text on one line without a closing full stop, to go inside a sentence. */
  static String clause(String text) {
    return oneLine(text).replaceAll("\\.+$", "");
  }

  /** Returns the text on one line, ending with a full stop unless it already ends a sentence. */
  static String sentence(String text) {
    String line = oneLine(text);
    return line.isEmpty() || ".!?".indexOf(line.charAt(line.length() - 1)) >= 0 ? line : line + ".";
  }
}
