package signpost.knowledge.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Splits long text at sentence boundaries into pieces no longer than a limit. */
final class Sentences {

  private static final Pattern BOUNDARY = Pattern.compile("(?<=[.!?][\"'”’)]?)\\s+(?=[\\p{Lu}\\d\"'“‘(])");

  private Sentences() {}

  /** Returns the text as pieces of at most {@code max} characters, cut between sentences where possible. */
  static List<String> split(String text, int max) {
    List<String> pieces = new ArrayList<>();
    if (text.length() <= max) {
      pieces.add(text);
      return pieces;
    }
    StringBuilder piece = new StringBuilder();
    for (String sentence : BOUNDARY.split(text)) {
      for (String part : hardSplit(sentence, max)) {
        if (!piece.isEmpty() && piece.length() + 1 + part.length() > max) {
          pieces.add(piece.toString());
          piece.setLength(0);
        }
        if (!piece.isEmpty()) piece.append(' ');
        piece.append(part);
      }
    }
    if (!piece.isEmpty()) pieces.add(piece.toString());
    return pieces;
  }

  /** Returns a sentence longer than {@code max} cut at spaces (or anywhere, failing that). */
  private static List<String> hardSplit(String sentence, int max) {
    List<String> parts = new ArrayList<>();
    String rest = sentence;
    while (rest.length() > max) {
      int cut = rest.lastIndexOf(' ', max);
      if (cut <= 0) cut = max;
      parts.add(rest.substring(0, cut).strip());
      rest = rest.substring(cut).strip();
    }
    if (!rest.isEmpty()) parts.add(rest);
    return parts;
  }
}
