package signpost.knowledge.search;

import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.regex.Pattern;
import signpost.knowledge.Passage;

/**
 * Remembers which passages of one index hold a shape that does not depend on the question, such as a
 * date: each passage is tested once, not once for every "when" question that ranks it. Thread-safe; two
 * threads may test the same passage at once and record the same answer.
 */
final class ShapeMemo {

  private static final int UNKNOWN = 0;
  private static final int ABSENT = 1;
  private static final int PRESENT = 2;

  private final Pattern pattern;
  /** Whether the pattern is tried on the text as written rather than lower-cased (names are told by capitals). */
  private final boolean asWritten;
  private final AtomicIntegerArray states;

  /** Returns a memo of {@code pattern}, written in lower case, for the passages numbered 0 to {@code maxDoc - 1}. */
  ShapeMemo(Pattern pattern, int maxDoc) {
    this(pattern, maxDoc, false);
  }

  private ShapeMemo(Pattern pattern, int maxDoc, boolean asWritten) {
    this.pattern = pattern;
    this.asWritten = asWritten;
    this.states = new AtomicIntegerArray(maxDoc);
  }

  /** Returns a memo of {@code pattern} tried on passages' text as written, its capitals meaning what they say. */
  static ShapeMemo asWritten(Pattern pattern, int maxDoc) {
    return new ShapeMemo(pattern, maxDoc, true);
  }

  /** Returns the pattern remembered. */
  Pattern pattern() {
    return pattern;
  }

  /** Returns whether passage {@code docId}, which is {@code passage}, holds the pattern. */
  boolean holds(int docId, Passage passage) {
    int state = states.get(docId);
    if (state == UNKNOWN) {
      state = AnswerShape.occursIn(pattern, passage, asWritten) ? PRESENT : ABSENT;
      states.set(docId, state);
    }
    return state == PRESENT;
  }
}
