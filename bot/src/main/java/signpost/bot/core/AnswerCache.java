package signpost.bot.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Pattern;
import signpost.knowledge.CacheFiles;
import signpost.knowledge.KnowledgeBase;
import signpost.rules.engine.RuleBase;
import signpost.rules.screening.ScreeningContext;

/**
 * Remembers the latest answers by question and organisation, for the rule base and knowledge that made them: the same
 * question asked again (many staff ask the same few) is answered without searching again. It holds no one's words: a
 * question is known by a digest of its text and an answer is kept without its question, so a reply to someone telling
 * of harm is kept as any other. Emptied when the rule base, the knowledge or the written answers change, so a reload is
 * never answered from before it. Thread-safe.
 */
final class AnswerCache {

  /**
   * A question, by a digest of its organisation and its text with runs of white space as one space, and, for a message
   * of a screening, the parts of the record already filled, who it says decides, whom it disadvantages and whether the
   * message asks timing: all an answer uses of a screening.
   */
  private record Key(String digest) {}

  /** What an answer was made from; two are the same only for the very same rule base, knowledge and written answers. */
  record Basis(RuleBase rules, KnowledgeBase knowledge, WrittenAnswers.Snapshot written) {}

  /** A kept answer and when it was last asked for, on the cache's own count. */
  private static final class Kept {
    final Answer answer;
    volatile long used;

    Kept(Answer answer, long used) {
      this.answer = answer;
      this.used = used;
    }
  }

  /** The answers made from one basis: a new basis starts a new generation, and the old one is dropped whole. */
  private record Generation(Basis basis, ConcurrentHashMap<Key, Kept> answers) {}

  private static final Pattern SPACES = Pattern.compile("\\s+");

  private final int capacity;
  private final AtomicLong uses = new AtomicLong();
  private final LongAdder hits = new LongAdder();
  private final LongAdder misses = new LongAdder();
  private volatile Generation generation = new Generation(null, new ConcurrentHashMap<>());

  AnswerCache(int capacity) {
    if (capacity < 1) throw new IllegalArgumentException("capacity must be 1 or more: " + capacity);
    this.capacity = capacity;
  }

  /** Returns the answer kept for this question made from {@code current}, re-addressed to it, or null; counted as a hit or a miss. */
  Answer get(Question question, Basis current) {
    return get(question, null, current);
  }

  /** As {@link #get(Question, Basis)}, for a message of a screening whose record has {@code screening} filled (null for none). */
  Answer get(Question question, ScreeningContext screening, Basis current) {
    Answer kept = peek(question, screening, current);
    if (kept == null) misses.increment();
    return kept;
  }

  /**
   * Returns the answer kept for this question made from {@code current}, re-addressed to it, or null; counted only as
   * a hit, for a caller that asks {@link #get} when this finds nothing. Takes no lock: every answer of every channel
   * looks here first.
   */
  Answer peek(Question question, Basis current) {
    return peek(question, null, current);
  }

  private Answer peek(Question question, ScreeningContext screening, Basis current) {
    Kept kept = of(current).answers().get(key(question, screening));
    if (kept == null) return null;
    kept.used = uses.incrementAndGet();
    hits.increment();
    Answer answer = kept.answer;
    return new Answer(question.id(), question.text(), question.organisation(), answer.answered(), answer.intent(),
        answer.paragraphs(), answer.confidence(), answer.sources(), answer.contacts(), answer.eqia(), answer.rules(),
        answer.next());
  }

  /**
   * Keeps an answer made from {@code current}, without its question. When full, the answers asked for least recently go,
   * a sixteenth of the capacity at once: each look for them reads every answer kept, and under a run of new questions
   * one look per new answer (a thousand kept) was 3% of the server's time.
   */
  void put(Question question, Basis current, Answer answer) {
    put(question, null, current, answer);
  }

  /** As {@link #put(Question, Basis, Answer)}, for a message of a screening whose record has {@code screening} filled. */
  void put(Question question, ScreeningContext screening, Basis current, Answer answer) {
    Generation now = generation;
    // An answer made from a basis since replaced is not kept: the lookups that started the new generation came after it.
    if (!current.equals(now.basis())) return;
    now.answers().put(key(question, screening), new Kept(answer.withoutQuestion(), uses.incrementAndGet()));
    if (now.answers().size() > capacity) keepNewest(now.answers(), capacity - capacity / 16);
  }

  /** Removes the answers asked for least recently until {@code keep} are left. */
  private static void keepNewest(ConcurrentHashMap<Key, Kept> answers, int keep) {
    record Aged(long used, Key key, Kept kept) {}
    // When each was last asked for is read once: it changes as others ask, and a sort needs its keys to stay put.
    List<Aged> aged = new ArrayList<>(answers.size());
    answers.forEach((key, kept) -> aged.add(new Aged(kept.used, key, kept)));
    aged.sort(Comparator.comparingLong(Aged::used));
    for (int i = 0; i < aged.size() - keep; i++) answers.remove(aged.get(i).key(), aged.get(i).kept());
  }

  int size() {
    return generation.answers().size();
  }

  /** Returns what the cache holds, keys and answers, for a test to look through. */
  List<Object> held() {
    List<Object> held = new ArrayList<>(generation.answers().keySet());
    generation.answers().values().forEach(kept -> held.add(kept.answer));
    return held;
  }

  /** Returns how many questions were answered from the cache. */
  long hits() {
    return hits.sum();
  }

  /** Returns how many questions the cache did not hold and were worked out. */
  long misses() {
    return misses.sum();
  }

  /** Returns the generation of answers made from {@code current}, starting it (and dropping the last) when it is new. */
  private Generation of(Basis current) {
    Generation now = generation;
    if (current.equals(now.basis())) return now;
    synchronized (this) {
      if (!current.equals(generation.basis())) generation = new Generation(current, new ConcurrentHashMap<>());
      return generation;
    }
  }

  /**
   * Returns true when the text's white space is already single spaces, as most questions' is, so that replacing each
   * run of it by one space would change nothing: the regular expression was a third of finding a repeated answer.
   */
  static boolean singleSpaced(String text) {
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      // What \s matches: space, tab, line feed, vertical tab, form feed, carriage return.
      boolean white = c == ' ' || c >= '\t' && c <= '\r';
      if (white && (c != ' ' || space)) return false;
      space = white;
    }
    return true;
  }

  /** The text has no line break once its white space is one space, so a screening's part never makes another question's key. */
  private static Key key(Question question, ScreeningContext screening) {
    String text = question.text();
    String asked = Objects.requireNonNullElse(question.organisation(), "") + "\n"
        + (singleSpaced(text) ? text : SPACES.matcher(text).replaceAll(" "));
    return new Key(CacheFiles.key(screening == null ? asked : asked + "\nwithin a screening with " + screening.filled()
        + (screening.decidedBy() == null ? "" : "\ndecided by " + screening.decidedBy())
        + (screening.adverse().isEmpty() ? "" : "\ndisadvantaging " + screening.adverse())
        + (screening.timingAsked() ? "\ntiming asked" : "")));
  }
}
