package signpost.bot.core;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import signpost.rules.engine.RuleBase;

/**
 * Remembers the latest answers by question text and organisation, for the rule base that made them: the
 * same question asked again (many staff ask the same few) is answered without searching again. Support
 * requests are never kept. Emptied when the rule base changes. Thread-safe.
 */
final class AnswerCache {

  private record Key(String text, String organisation) {}

  private static final Pattern SPACES = Pattern.compile("\\s+");

  private final int capacity;
  private final Map<Key, Answer> answers;
  private RuleBase rules;

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

  /** Returns the answer kept for this question under these rules, re-addressed to it, or null. */
  synchronized Answer get(Question question, RuleBase current) {
    if (current != rules) {
      answers.clear();
      rules = current;
      return null;
    }
    Answer kept = answers.get(key(question));
    return kept == null ? null : new Answer(question.id(), question.text(), question.organisation(), kept.answered(),
        kept.intent(), kept.paragraphs(), kept.confidence(), kept.sources(), kept.contacts(), kept.eqia(), kept.rules());
  }

  /** Keeps an answer made under {@code current}, unless it is a reply to someone reporting harm. */
  synchronized void put(Question question, RuleBase current, Answer answer, boolean support) {
    if (support || current != rules) return;
    answers.put(key(question), answer);
  }

  synchronized int size() {
    return answers.size();
  }

  private static Key key(Question question) {
    return new Key(SPACES.matcher(question.text()).replaceAll(" "), Objects.requireNonNullElse(question.organisation(), ""));
  }
}
