package signpost.bot.core;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Pattern;
import signpost.knowledge.KnowledgeBase;
import signpost.rules.engine.RuleBase;

/**
 * Remembers the latest answers by question text and organisation, for the rule base and knowledge that made them:
 * the same question asked again (many staff ask the same few) is answered without searching again. Support
 * requests are never kept. Emptied when the rule base, the knowledge or the written answers change, so a reload is never answered
 * from before it. Thread-safe.
 */
final class AnswerCache {

  private record Key(String text, String organisation) {}

  /** What an answer was made from; two are the same only for the very same rule base, knowledge and written answers. */
  record Basis(RuleBase rules, KnowledgeBase knowledge, WrittenAnswers.Snapshot written) {}

  private static final Pattern SPACES = Pattern.compile("\\s+");

  private final int capacity;
  private final Map<Key, Answer> answers;
  private final LongAdder hits = new LongAdder();
  private final LongAdder misses = new LongAdder();
  private Basis basis;

  AnswerCache(int capacity) {
    if (capacity < 1) throw new IllegalArgumentException("capacity must be 1 or more: " + capacity);
    this.capacity = capacity;
    this.answers = new LinkedHashMap<>(64, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<Key, Answer> eldest) {
        return size() > AnswerCache.this.capacity;
      }
    };
  }

  /** Returns the answer kept for this question made from {@code current}, re-addressed to it, or null; counted as a hit or a miss. */
  Answer get(Question question, Basis current) {
    Answer kept = peek(question, current);
    if (kept == null) misses.increment();
    return kept;
  }

  /**
   * Returns the answer kept for this question made from {@code current}, re-addressed to it, or null; counted only as
   * a hit, for a caller that asks {@link #get} when this finds nothing.
   */
  synchronized Answer peek(Question question, Basis current) {
    if (!current.equals(basis)) {
      answers.clear();
      basis = current;
      return null;
    }
    Answer kept = answers.get(key(question));
    if (kept != null) hits.increment();
    return kept == null ? null : new Answer(question.id(), question.text(), question.organisation(), kept.answered(),
        kept.intent(), kept.paragraphs(), kept.confidence(), kept.sources(), kept.contacts(), kept.eqia(), kept.rules());
  }

  /** Keeps an answer made from {@code current}, unless it is a reply to someone reporting harm. */
  synchronized void put(Question question, Basis current, Answer answer, boolean support) {
    if (support || !current.equals(basis)) return;
    answers.put(key(question), answer);
  }

  synchronized int size() {
    return answers.size();
  }

  /** Returns how many questions were answered from the cache. */
  long hits() {
    return hits.sum();
  }

  /** Returns how many questions the cache did not hold and were worked out. */
  long misses() {
    return misses.sum();
  }

  private static Key key(Question question) {
    return new Key(SPACES.matcher(question.text()).replaceAll(" "), Objects.requireNonNullElse(question.organisation(), ""));
  }
}
