package signpost.rules.features;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.tartarus.snowball.ext.EnglishStemmer;
import signpost.knowledge.search.TextSpeak;

/**
 * A text as the phrase lists read it: lower-case words without apostrophes ("what's" is "whats"), each with
 * its English stem ("shutting" and "shut" are both "shut", "procuring" and "procurement" both "procur"), and
 * the clause each word stands in, so that a phrase never spans a full stop or a comma.
 */
final class Words {

  /** Words that deny what follows them in the same clause ("we're not cutting anything"). */
  private static final Set<String> NEGATORS = Set.of("not", "no", "nothing", "never", "without", "dont", "doesnt",
      "isnt", "arent", "wont", "cant", "nobody", "none", "neither", "nor", "didnt", "wasnt", "werent", "havent");

  /** Contractions whose long form the lists are written in ("we're" is "we are"); "n't" and "'s" only lose the apostrophe. */
  private static final Pattern CONTRACTION = Pattern.compile("'(re|ll|ve|m|d)\\b");
  private static final Map<String, String> EXPANSIONS = Map.of("re", "are", "ll", "will", "ve", "have", "m", "am", "d", "would");

  private final String[] surface;
  private final String[] stems;
  private final int[] clauses;

  private Words(List<String> surface, List<Integer> clauses) {
    this.surface = surface.toArray(String[]::new);
    this.clauses = clauses.stream().mapToInt(Integer::intValue).toArray();
    this.stems = new String[this.surface.length];
    EnglishStemmer stemmer = new EnglishStemmer();
    for (int i = 0; i < this.surface.length; i++) stems[i] = stem(stemmer, this.surface[i]);
  }

  /** Returns the words of a text. */
  static Words of(String text) {
    List<String> words = new ArrayList<>();
    List<Integer> clauses = new ArrayList<>();
    String folded = CONTRACTION.matcher(text.toLowerCase(Locale.ROOT).replace('\u2019', '\''))
        .replaceAll(m -> " " + EXPANSIONS.get(m.group(1))).replace("'", "");
    int clause = 0;
    StringBuilder word = new StringBuilder();
    for (int i = 0; i <= folded.length(); i++) {
      char c = i < folded.length() ? folded.charAt(i) : '.';
      if (Character.isLetterOrDigit(c) || c == '+') {
        word.append(c);
        continue;
      }
      if (word.length() > 0) {
        words.add(word.toString());
        clauses.add(clause);
        word.setLength(0);
      }
      if (breaksClause(c, folded, i)) clause++;
    }
    chatSpeak(words, clauses);
    return new Words(words, clauses);
  }

  /** Words as people text them, in the long form the lists are written in ("wot do i need 2 do", "evry1", "gonna"). */
  private static final Map<String, String> TEXTED = Map.ofEntries(Map.entry("wot", "what"), Map.entry("wat", "what"),
      Map.entry("wen", "when"), Map.entry("hw", "how"), Map.entry("u", "you"), Map.entry("ur", "your"),
      Map.entry("r", "are"), Map.entry("n", "and"), Map.entry("pls", "please"), Map.entry("plz", "please"),
      Map.entry("gonna", "going to"), Map.entry("wanna", "want to"), Map.entry("gotta", "got to"),
      Map.entry("doin", "doing"), Map.entry("goin", "going"), Map.entry("in2", "into"), Map.entry("b4", "before"),
      Map.entry("evry1", "everyone"), Map.entry("every1", "everyone"), Map.entry("any1", "anyone"),
      Map.entry("some1", "someone"), Map.entry("no1", "no one"), Map.entry("coz", "because"), Map.entry("cos", "because"),
      Map.entry("cuz", "because"), Map.entry("abt", "about"), Map.entry("ppl", "people"), Map.entry("thru", "through"));
  /** What a plan opens with when "we're" is typed "were": "were gonna stop", "were planning to". */
  private static final Set<String> PLANNING = Set.of("gonna", "going", "planning", "thinking", "looking", "hoping", "about");

  private static void chatSpeak(List<String> words, List<Integer> clauses) {
    for (int i = words.size() - 1; i >= 0; i--) {
      String word = words.get(i);
      String next = i + 1 < words.size() ? words.get(i + 1) : "";
      String longForm = TEXTED.get(word);
      if (word.equals("2") && i > 0 && TextSpeak.twoMeansTo(words.get(i - 1), next)) longForm = "to";
      if (word.equals("were") && i == 0 && PLANNING.contains(next)) longForm = "we are";
      if (longForm == null) continue;
      String[] parts = longForm.split(" ");
      int clause = clauses.get(i);
      words.set(i, parts[0]);
      for (int p = 1; p < parts.length; p++) {
        words.add(i + p, parts[p]);
        clauses.add(i + p, clause);
      }
    }
  }

  /** Full stops, commas and the like end a clause; a point between digits ("8.8") or a hyphen inside a word does not. */
  private static boolean breaksClause(char c, String text, int i) {
    if (c == '-') return spaced(text, i);
    if (".,;:!?()[]\u2013\u2014".indexOf(c) < 0) return false;
    boolean digitsAround = i > 0 && i + 1 < text.length() && Character.isDigit(text.charAt(i - 1))
        && Character.isDigit(text.charAt(i + 1));
    return !digitsAround;
  }

  /** Returns true when the character at i stands between spaces, as a dash does ("new process - all interviews"). */
  private static boolean spaced(String text, int i) {
    return i > 0 && i + 1 < text.length() && text.charAt(i - 1) == ' ' && text.charAt(i + 1) == ' ';
  }

  /** Returns the stem of one lower-case word. */
  static String stem(String word) {
    return stem(new EnglishStemmer(), word);
  }

  private static String stem(EnglishStemmer stemmer, String word) {
    stemmer.setCurrent(word);
    stemmer.stem();
    return stemmer.getCurrent();
  }

  int size() {
    return surface.length;
  }

  String surface(int i) {
    return surface[i];
  }

  String stem(int i) {
    return stems[i];
  }

  /** Returns true when words i and j stand in the same clause. */
  boolean sameClause(int i, int j) {
    return clauses[i] == clauses[j];
  }

  /** Returns true when word i denies what follows it ("nobody", "not"). */
  boolean negator(int i) {
    return NEGATORS.contains(surface[i]);
  }

  /** Returns true when a word of [from, to) is a negator: "nobody ... affected", "residents won't see anything". */
  boolean negatorWithin(int from, int to) {
    for (int i = from; i < to && i < surface.length; i++) if (negator(i)) return true;
    return false;
  }

  /** Returns true when one of the {@code window} words before word i, in its clause, denies it. */
  boolean negatedAt(int i, int window) {
    for (int j = i - 1; j >= 0 && j >= i - window && sameClause(i, j); j--) {
      if (NEGATORS.contains(surface[j])) return true;
    }
    return false;
  }

  /**
   * Words that, after a negator, say that what a clause names before them is left untouched: "suppliers won't see any
   * difference", "residents will not be affected".
   */
  private static final Set<String> UNTOUCHED = Set.of("affected", "impacted", "difference", "notice");

  /**
   * Returns true when the clause goes on, within {@code window} words after word {@code end}, to say that what came
   * before is untouched: a negator, then one of {@link #UNTOUCHED} within four words of it, or "changing" straight
   * after it ("aren't changing"), or "unaffected".
   */
  boolean deniedAfter(int end, int window) {
    for (int j = end; j < surface.length && j < end + window && sameClause(end - 1, j); j++) {
      if (surface[j].equals("unaffected")) return true;
      // "Staff still use the same screens": what the clause named goes on as it was.
      if (surface[j].equals("still") && sameAfter(j)) return true;
      if (!NEGATORS.contains(surface[j])) continue;
      // "The eligibility rules aren't changing": what the clause named stays as it is.
      if (j + 1 < surface.length && surface[j + 1].equals("changing") && sameClause(j, j + 1)) return true;
      for (int k = j + 1; k < surface.length && k <= j + 4 && sameClause(j, k); k++) {
        if (UNTOUCHED.contains(surface[k])) return true;
        // "Residents won't see anything": nothing for them to notice.
        if (surface[k].equals("see") && k + 1 < surface.length && SEEN_NOTHING.contains(surface[k + 1])) return true;
      }
    }
    return false;
  }

  /** After "won't see": nothing seen at all, not something no longer seen ("won't see a nurse on site"). */
  private static final Set<String> SEEN_NOTHING = Set.of("anything", "any");

  /** Returns true when "same" follows word j within four words of its clause: "still use the same screens". */
  private boolean sameAfter(int j) {
    for (int k = j + 1; k < surface.length && k <= j + 4 && sameClause(j, k); k++) {
      if (surface[k].equals("same")) return true;
    }
    return false;
  }

  /** Returns true when word i follows, in its clause, a "same" that opens the clause ("same cost to teams"). */
  boolean inClauseOpenedBySame(int i) {
    int first = i;
    while (first > 0 && sameClause(i, first - 1)) first--;
    return first < i && surface[first].equals("same");
  }

  /** Returns the words joined by spaces, for messages. */
  @Override
  public String toString() {
    return String.join(" ", surface);
  }
}
