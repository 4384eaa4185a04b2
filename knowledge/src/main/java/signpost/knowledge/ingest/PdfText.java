package signpost.knowledge.ingest;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Joins the lines of a PDF paragraph, mending words hyphenated across a line end. Whether the hyphen
 * stays is decided from the document's own words: "equal-" + "ity" becomes "equality" because "ity"
 * is no word of the document, while "decision-" + "making" keeps its hyphen.
 */
final class PdfText {

  private static final Pattern WORD = Pattern.compile("\\p{L}+(?:-\\p{L}+)*");
  private static final Pattern TRAILING = Pattern.compile("(\\p{L}+)-$");
  private static final Pattern LEADING = Pattern.compile("^(\\p{Ll}\\p{L}*)");

  private final Set<String> words = new HashSet<>();

  /** Creates a joiner that knows the words of the given lines. */
  PdfText(List<PdfLine> lines) {
    for (PdfLine line : lines) {
      Matcher matcher = WORD.matcher(line.text().strip());
      while (matcher.find()) {
        // A line's first word may be the tail of a word hyphenated on the line before.
        if (matcher.start() == 0) continue;
        String word = matcher.group().toLowerCase(Locale.ROOT);
        words.add(word);
        for (String part : word.split("-")) words.add(part);
      }
    }
  }

  /** Returns the lines joined into one line of text. */
  String join(List<String> lines) {
    StringBuilder text = new StringBuilder();
    for (String line : lines) append(text, line.strip());
    return text.toString();
  }

  /** Appends a line to the text, with a space unless the text ends in a hyphen that joins a word. */
  void append(StringBuilder text, String line) {
    if (line.isEmpty()) return;
    if (text.isEmpty()) {
      text.append(line);
      return;
    }
    Matcher left = TRAILING.matcher(text);
    Matcher right = LEADING.matcher(line);
    if (left.find() && right.find()) {
      String head = left.group(1).toLowerCase(Locale.ROOT);
      String tail = right.group(1).toLowerCase(Locale.ROOT);
      if (!keepsHyphen(head, tail)) text.setLength(text.length() - 1);
      text.append(line);
    } else if (text.charAt(text.length() - 1) == '-' && Character.isLetterOrDigit(line.charAt(0))
        && text.length() > 1 && Character.isDigit(text.charAt(text.length() - 2))) {
      text.append(line);
    } else {
      text.append(' ').append(line);
    }
  }

  private boolean keepsHyphen(String head, String tail) {
    if (words.contains(head + "-" + tail)) return true;
    if (words.contains(head + tail)) return false;
    return tail.length() >= 3 && words.contains(tail);
  }
}
