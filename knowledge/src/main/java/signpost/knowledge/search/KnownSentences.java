package signpost.knowledge.search;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * The sentence boundaries of a text, found once per text and then looked up. Lucene's highlighter asks for the
 * sentences around each word it marks ({@link #preceding} and {@link #following}), and the JDK's sentence iterator
 * answered each such question by reading the text around it again, a character at a time: that was a tenth of the time
 * of an answer not cached.
 *
 * <p>The boundaries are those found by walking the text with {@code next} of the iterator {@code sentences} makes,
 * the one the highlighter would use ({@link SnippetHighlighter}), and {@code following} answers as that iterator does.
 * Its {@code preceding} does not agree with its own walk: it also finds boundaries the walk does not (after
 * "£50,000.\n- " in a list), and which it finds depends on what it was asked before. Here {@code preceding} gives the
 * last boundary of the walk before the offset, whatever was asked before. Over every question and conversation set the
 * answers were the same either way.
 *
 * <p>A text's boundaries are kept in {@code known}, keyed by the text itself: the keys are the passages' own strings,
 * which the index holds anyway, and the values a few bytes a sentence. A text longer than {@code longestKept} (one the
 * highlighter may have cut to its maximum length, a new string each time) has its boundaries found each time instead.
 */
final class KnownSentences extends BreakIterator {

  /** Returns every boundary {@code sentences} finds walking {@code text}, in order, 0 and the length among them. */
  static int[] boundaries(String text, BreakIterator sentences) {
    sentences.setText(text);
    IntStream.Builder found = IntStream.builder();
    for (int b = sentences.first(); b != DONE; b = sentences.next()) found.add(b);
    return found.build().toArray();
  }

  private final Map<String, int[]> known;
  private final Supplier<BreakIterator> sentences;
  private final int longestKept;
  private String text = "";
  private int[] forward = {0};
  private int current;

  /**
   * @param known where boundaries are kept, shared by the iterators of one index
   * @param sentences makes the iterator whose boundaries these are, a new one each time
   * @param longestKept the longest text whose boundaries are kept
   */
  KnownSentences(Map<String, int[]> known, Supplier<BreakIterator> sentences, int longestKept) {
    this.known = known;
    this.sentences = sentences;
    this.longestKept = longestKept;
  }

  @Override
  public void setText(String newText) {
    text = newText;
    forward = newText.length() <= longestKept
        ? known.computeIfAbsent(newText, t -> boundaries(t, sentences.get()))
        : boundaries(newText, sentences.get());
    current = 0;
  }

  @Override
  public void setText(CharacterIterator newText) {
    StringBuilder read = new StringBuilder(Math.max(0, newText.getEndIndex() - newText.getBeginIndex()));
    for (char c = newText.first(); c != CharacterIterator.DONE; c = newText.next()) read.append(c);
    text = read.toString();
    forward = boundaries(text, sentences.get());
    current = 0;
  }

  @Override
  public CharacterIterator getText() {
    return new StringCharacterIterator(text);
  }

  @Override
  public int first() {
    return current = 0;
  }

  @Override
  public int last() {
    return current = text.length();
  }

  @Override
  public int current() {
    return current;
  }

  @Override
  public int next() {
    int i = after(forward, current);
    return i < forward.length ? (current = forward[i]) : DONE;
  }

  @Override
  public int previous() {
    int i = after(forward, current - 1) - 1;
    return i >= 0 ? (current = forward[i]) : DONE;
  }

  @Override
  public int next(int n) {
    int result = current;
    for (; n > 0 && result != DONE; n--) result = next();
    for (; n < 0 && result != DONE; n++) result = previous();
    return result;
  }

  /** Returns the first boundary after {@code offset}, or {@link #DONE} at the end of the text when there is none. */
  @Override
  public int following(int offset) {
    checkOffset(offset);
    int i = after(forward, offset);
    if (i == forward.length) {
      current = text.length();
      return DONE;
    }
    return current = forward[i];
  }

  /** Returns the last boundary before {@code offset}, or {@link #DONE} at the start of the text when there is none. */
  @Override
  public int preceding(int offset) {
    checkOffset(offset);
    int i = after(forward, offset - 1) - 1;
    if (i < 0) {
      current = 0;
      return DONE;
    }
    return current = forward[i];
  }

  /** Returns the index of the first value in {@code sorted} greater than {@code value}, or its length. */
  private static int after(int[] sorted, int value) {
    int i = Arrays.binarySearch(sorted, value);
    return i >= 0 ? i + 1 : -i - 1;
  }

  private void checkOffset(int offset) {
    if (offset < 0 || offset > text.length()) {
      throw new IllegalArgumentException("offset " + offset + " is outside the text of " + text.length() + " characters");
    }
  }
}
