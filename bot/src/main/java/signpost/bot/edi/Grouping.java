package signpost.bot.edi;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import signpost.knowledge.index.ContentWords;

/**
 * Groups questions by similar wording: two questions are alike when their content words (stemmed, without stop words,
 * see {@link ContentWords}) overlap by at least {@link #SIMILAR} (Jaccard: shared words over all words). Each question
 * joins the first group, in order of asking, whose first question it is alike to; the groups are ordered biggest first,
 * then by when their first question was asked, so the same questions always give the same groups.
 */
final class Grouping {

  static final double SIMILAR = 0.5;
  static final Duration WEEK = Duration.ofDays(7);

  private Grouping() {}

  private record Group(Set<String> words, String example, List<Instant> asked) {}

  /** Groups questions asked, oldest first, within {@code since} (inclusive) to {@code until}. */
  static List<QuestionGroup> of(List<QuestionStore.Logged> questions, Instant since, Instant until) {
    List<Group> groups = new ArrayList<>();
    for (QuestionStore.Logged question : questions) {
      Set<String> words = ContentWords.of(question.text());
      Group alike = groups.stream().filter(g -> alike(g, words, question.text())).findFirst().orElse(null);
      if (alike == null) {
        alike = new Group(words, question.text(), new ArrayList<>());
        groups.add(alike);
      }
      alike.asked().add(question.asked());
    }
    int weeks = weeks(since, until);
    return groups.stream().sorted(Comparator.comparingInt((Group g) -> -g.asked().size()))
        .map(g -> new QuestionGroup(g.example(), g.asked().size(), weekly(g.asked(), since, weeks))).toList();
  }

  /** Returns the Jaccard similarity of two word sets; questions without content words are alike only when worded alike. */
  static double similarity(Set<String> a, Set<String> b) {
    long shared = a.stream().filter(b::contains).count();
    int all = a.size() + b.size() - (int) shared;
    return all == 0 ? 0 : (double) shared / all;
  }

  private static boolean alike(Group group, Set<String> words, String text) {
    if (group.words().isEmpty() && words.isEmpty()) {
      return group.example().strip().toLowerCase(Locale.ROOT).equals(text.strip().toLowerCase(Locale.ROOT));
    }
    return similarity(group.words(), words) >= SIMILAR;
  }

  /** Returns the number of weeks from {@code since} to {@code until}, a part week counting as one. */
  static int weeks(Instant since, Instant until) {
    long millis = Duration.between(since, until).toMillis();
    return (int) Math.max(1, (millis + WEEK.toMillis() - 1) / WEEK.toMillis());
  }

  private static List<Integer> weekly(List<Instant> asked, Instant since, int weeks) {
    int[] counts = new int[weeks];
    for (Instant time : asked) {
      int week = (int) (Duration.between(since, time).toMillis() / WEEK.toMillis());
      counts[Math.min(week, weeks - 1)]++;
    }
    List<Integer> out = new ArrayList<>();
    for (int count : counts) out.add(count);
    return out;
  }
}
