package signpost.rules.engine;

import java.util.ArrayList;
import java.util.List;

/** Writes generated DRL, remembering for each line where in its source it came from. */
final class Drl {

  private final StringBuilder text = new StringBuilder();
  private final List<Integer> sources = new ArrayList<>();

  void line(String line, int sourceLine) {
    text.append(line).append('\n');
    sources.add(sourceLine);
  }

  String text() {
    return text.toString();
  }

  int[] sourceLines() {
    return sources.stream().mapToInt(Integer::intValue).toArray();
  }

  /** Returns the text as a Java string literal, for a rule's consequence. */
  static String string(String value) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : value.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        default -> out.append(c);
      }
    }
    return out.append('"').toString();
  }
}
