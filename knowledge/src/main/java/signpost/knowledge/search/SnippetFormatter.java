package signpost.knowledge.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/** Turns the highlighter's best sentences into a {@link Snippet} with its marks. */
final class SnippetFormatter extends PassageFormatter {

  @Override
  public Snippet format(Passage[] passages, String content) {
    StringBuilder text = new StringBuilder();
    List<Snippet.Mark> marks = new ArrayList<>();
    int previousEnd = -1;
    for (Passage passage : passages) {
      int from = opening(content, passage.getStartOffset(), passage.getEndOffset());
      if (from == passage.getEndOffset()) continue;
      // A sentence that points back ("These are trained colleagues who will listen in confidence") brings the one it
      // points to ("Talk to a Respect at Work Adviser."), unless that one is quoted already.
      if (POINTS_BACK.matcher(content).region(from, passage.getEndOffset()).lookingAt()) {
        from = Math.max(previousSentence(content, from), Math.max(previousEnd, 0));
        from = opening(content, from, passage.getEndOffset());
      }
      if (previousEnd >= 0 && opening(content, previousEnd, from) < from) text.append(Snippet.GAP);
      int base = text.length() - from;
      text.append(content, from, passage.getEndOffset());
      int lastEnd = from;
      for (int i = 0; i < passage.getNumMatches(); i++) {
        int start = Math.max(passage.getMatchStarts()[i], lastEnd);
        int end = passage.getMatchEnds()[i];
        if (end > start) marks.add(new Snippet.Mark(base + start, base + end));
        lastEnd = Math.max(lastEnd, end);
      }
      previousEnd = passage.getEndOffset();
    }
    return new Snippet(text.toString().strip().isEmpty() ? content : text.toString(), trim(marks, text));
  }

  /** A sentence's first word pointing back to the one before: "These are trained colleagues ...", "They will not ...". */
  private static final Pattern POINTS_BACK = Pattern.compile("(?:These|They|This|Those|It|He|She)\\s");

  /**
   * Returns where the sentence before the one starting at {@code from} starts, within its line: a list item's first
   * sentence ("- Talk to a Respect at Work Adviser.") before its second; {@code from} itself at a line's start.
   */
  private static int previousSentence(String content, int from) {
    int end = from;
    while (end > 0 && content.charAt(end - 1) == ' ') end--;
    if (end == 0 || content.charAt(end - 1) == '\n') return from;
    int at = end - 1;
    while (at > 0 && content.charAt(at - 1) != '\n'
        && !(".!?".indexOf(content.charAt(at - 1)) >= 0 && content.charAt(at) == ' ')) {
      at--;
    }
    return at;
  }

  /**
   * Returns where a sentence's words start: past the full stop and spaces of a sentence left out, which the
   * highlighter's sentence breaks leave at the start of the next one when list items run on (".\n- Most ECIAs ...").
   */
  private static int opening(String content, int start, int end) {
    int at = start;
    while (at < end && (Character.isWhitespace(content.charAt(at)) || ".;,:!?".indexOf(content.charAt(at)) >= 0)) at++;
    return at;
  }

  private static List<Snippet.Mark> trim(List<Snippet.Mark> marks, CharSequence text) {
    return text.toString().strip().isEmpty() ? List.of() : marks;
  }
}
