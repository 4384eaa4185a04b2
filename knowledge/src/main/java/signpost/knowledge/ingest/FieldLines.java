package signpost.knowledge.ingest;

import java.util.regex.Pattern;

/**
 * Recognises a labelled value set on a line of its own, such as "Owner: Claire Venning, Head of People" or
 * "Lead officer: Gareth Pryce": a fact in emphasised type, not a heading, though it is short, bold and stands
 * alone. A numbered label ("Objective 2: ...", "Part A: ...") still heads what follows it.
 */
final class FieldLines {

  private static final Pattern FIELD = Pattern.compile("^(\\p{L}[\\p{L}'’-]*(?:\\s+\\p{L}[\\p{L}'’-]*){0,2})\\s*:\\s+"
      + "(\\S+(?:\\s+\\S+)+)$");
  private static final Pattern ENUMERATOR = Pattern.compile("(?i)\\b(?:[a-z]|[ivx]{1,4})$");

  private FieldLines() {}

  /** Returns true when the text is a short label of words without a number, a colon, then a value of two words or more. */
  static boolean isField(String text) {
    var matcher = FIELD.matcher(text.strip());
    return matcher.matches() && !ENUMERATOR.matcher(matcher.group(1)).find();
  }
}
