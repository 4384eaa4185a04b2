package signpost.knowledge.search;

import java.util.List;

/**
 * The sentences of a passage that best match a question, with the matched words marked.
 *
 * @param text the snippet text
 * @param marks the spans of {@code text} that matched the question, in order
 */
public record Snippet(String text, List<Mark> marks) {

  /** What stands between sentences a snippet takes from apart in its passage. */
  public static final String GAP = " … ";

  public Snippet {
    marks = List.copyOf(marks);
  }

  /** A matched span, {@code start} inclusive, {@code end} exclusive. */
  public record Mark(int start, int end) {
    public Mark {
      if (start < 0 || end < start) throw new IllegalArgumentException("bad span " + start + ".." + end);
    }
  }

  /** Returns the text with each mark wrapped in {@code open} and {@code close}. */
  public String marked(String open, String close) {
    StringBuilder out = new StringBuilder();
    int at = 0;
    for (Mark mark : marks) {
      out.append(text, at, mark.start()).append(open).append(text, mark.start(), mark.end()).append(close);
      at = mark.end();
    }
    return out.append(text.substring(at)).toString();
  }
}
