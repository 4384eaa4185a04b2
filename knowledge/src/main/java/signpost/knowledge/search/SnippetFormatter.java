package signpost.knowledge.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/** Turns the highlighter's best sentences into a {@link Snippet} with its marks. */
final class SnippetFormatter extends PassageFormatter {

  private static final String GAP = " … ";

  @Override
  public Snippet format(Passage[] passages, String content) {
    StringBuilder text = new StringBuilder();
    List<Snippet.Mark> marks = new ArrayList<>();
    int previousEnd = -1;
    for (Passage passage : passages) {
      if (previousEnd >= 0 && passage.getStartOffset() > previousEnd) text.append(GAP);
      int base = text.length() - passage.getStartOffset();
      text.append(content, passage.getStartOffset(), passage.getEndOffset());
      int lastEnd = -1;
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

  private static List<Snippet.Mark> trim(List<Snippet.Mark> marks, CharSequence text) {
    return text.toString().strip().isEmpty() ? List.of() : marks;
  }
}
