package signpost.knowledge.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a "how many" question counts ("how many EDI contacts have we got?" counts EDI contacts), and whether
 * a passage states a number next to it ("27 colleagues are EDI Contacts", "7.5% of staff"). A number that only
 * numbers a list item ("2. Enhance ...", "3)") or is a year does not count.
 */
final class CountedThing {

  private static final Pattern HOW_MANY = Pattern.compile(
      "\\bhow many\\s+(.+?)(?:\\s+(?:have|has|are|is|do|does|did|were|was|will|can|should|we|our|in|on|at|for|got|get"
          + "|there|and|or|to|does)\\b|[?,.;!]|$)");
  /** A count: digits (a share too) or a number word; not a list marker ("2." "3)"), a year nor an age ("aged 16", "65+"). */
  private static final Pattern COUNT = Pattern.compile(
      "(?<![\\d.,\\p{L}])(?<!aged )(?:(?!(?:19|20)\\d\\d\\b)\\d[\\d,]*(?:\\.\\d+)?%?|(?:one|two|three|four|five|six|seven|eight|nine|ten"
          + "|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|hundred)\\b)"
          // Never part of a longer number, a share's number without its "%" ("(48.7%)"), or a list marker ("3)", "2.").
          + "(?![\\d+%]|\\.\\d|(?<!%)\\)|\\.(?:\\s|$))");
  private static final Pattern WORD = Pattern.compile("\\p{L}+");
  /**
   * A figure asked for by its name ("population of Derbyshire", "what's our headcount"): the name is what a passage
   * states it next to. Only asked for: "how is our population changing" asks no figure.
   */
  private static final Pattern FIGURE = Pattern.compile("^(?:what(?:'s|s| is| was)\\s+)?(?:the\\s+|our\\s+)?(population|headcount)\\b"
      + "|\\b(population|headcount)\\s+(?:of|in)\\b");
  /**
   * A share asked for: "what share of the workforce is on-call?", "what percentage of our staff are disabled?". The part
   * ("on-call") is what the figure is next to; the whole ("workforce") is in the same sentence when it is named.
   */
  private static final Pattern SHARE_OF = Pattern.compile("\\b(?:what|which)\\s+(?:share|proportion|percentage|per cent"
      + "|percent|%|fraction)\\s+of\\s+(?:the\\s+|our\\s+|all\\s+)?(.+?)\\s+(?:is|are|were|was)\\s+(.+?)(?:[?,.;!]|$)");
  /** The people of a place counted: documents give them as its population ("a population of 678,849"). */
  private static final Pattern INHABITANTS = Pattern.compile("\\b(residents|inhabitants|people live|people living)\\b");
  private static final String POPULATION = "popul";
  /** The stems a place's people are counted by, beside its population. */
  private static final List<String> RESIDENTS = List.of("resid", "inhab");
  /** How many words either side of the number the counted thing may be. */
  private static final int NEAR = 5;
  /** How much of a word must match, so "contacts" finds "Contact" and "objectives" finds "objective". */
  private static final int STEM = 5;

  /** After the thing counted, a question of part of it ("how many staff are disabled"), not of how many there are. */
  private static final Pattern PART = Pattern.compile("^\\s+(?:are|is|were|was)\\s+(?!there\\b)");

  private final List<String> stems;
  /** For a share asked for, the stems of the whole it is a share of, one of which the figure's sentence names. */
  private final List<String> whole;
  /** True when the question asks for part of the thing: a share of it ("7.5% of staff") answers that in full. */
  private final boolean part;
  /** True when the question asks for a figure of the whole ("population of Derbyshire"), which no share answers. */
  private boolean total;
  /** For a population asked, the stems of its residents, a count next to which answers it less surely. */
  private List<String> people = List.of();

  private CountedThing(List<String> stems, boolean part) {
    this(stems, List.of(), part);
  }

  private CountedThing(List<String> stems, List<String> whole, boolean part) {
    this.stems = stems;
    this.whole = whole;
    this.part = part;
  }

  /**
   * Returns what the question counts: the thing of a "how many" question, or a figure it names ("population of
   * Derbyshire"); empty when it is neither or names nothing to count.
   */
  static Optional<CountedThing> of(String question) {
    String lower = question.toLowerCase(Locale.ROOT);
    Matcher share = SHARE_OF.matcher(lower);
    if (share.find()) {
      List<String> part = stems(share.group(2));
      return part.isEmpty() ? Optional.empty() : Optional.of(new CountedThing(part, stems(share.group(1)), true));
    }
    Matcher asked = HOW_MANY.matcher(lower);
    if (!asked.find()) {
      Matcher figure = FIGURE.matcher(lower);
      if (!figure.find()) return Optional.empty();
      String name = figure.group(1) != null ? figure.group(1) : figure.group(2);
      // A share of a place's people ("48.7% of residents are Christian") is no population. Its population is told as
      // its residents too ("Harrowfield has 187,400 residents"), but a count of residents may be of some of them
      // ("5,900 residents aged 85 and over"), so it answers less surely.
      CountedThing figured = new CountedThing(List.of(name.substring(0, STEM)), false);
      figured.total = true;
      if (name.startsWith(POPULATION)) figured.people = RESIDENTS;
      return Optional.of(figured);
    }
    List<String> stems = stems(asked.group(1));
    if (INHABITANTS.matcher(asked.group(1) + " " + lower.substring(asked.end(1))).find()) stems.add(POPULATION);
    boolean part = PART.matcher(lower.substring(asked.end(1))).find();
    return stems.isEmpty() ? Optional.empty() : Optional.of(new CountedThing(stems, part));
  }

  private static List<String> stems(String words) {
    List<String> stems = new ArrayList<>();
    Matcher word = WORD.matcher(words);
    while (word.find()) {
      if (word.group().length() >= 4) stems.add(word.group().substring(0, Math.min(STEM, word.group().length())));
    }
    return stems;
  }

  /** How a passage states the counted thing: with a count, only as a share of something ("50.6% of residents"), or not. */
  enum Stated { COUNT, SHARE, NOT }

  /**
   * Returns how the text states the counted thing: with a count at most a few words away, else with a share, else not.
   * "How many residents does it have" asks for a count, which a share ("50.6% of residents are female") answers only
   * in part; "how many staff are disabled" asks for part of the staff, which a share answers in full.
   */
  Stated statedIn(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    Matcher count = COUNT.matcher(lower);
    Stated found = Stated.NOT;
    while (count.find()) {
      String before = lower.substring(Math.max(0, count.start() - 80), count.start());
      String after = lower.substring(count.end(), Math.min(lower.length(), count.end() + 80));
      if ((near(before, true) || near(after, false))
          && (whole.isEmpty() || near(before, true, Integer.MAX_VALUE, whole) || near(after, false, Integer.MAX_VALUE, whole))) {
        if (part || !count.group().endsWith("%")) return Stated.COUNT;
        if (!total) found = Stated.SHARE;
      } else if (!people.isEmpty() && !count.group().endsWith("%")
          && (near(before, true, NEAR, people) || near(after, false, NEAR, people))) {
        found = Stated.SHARE;
      }
    }
    return found;
  }

  private boolean near(String side, boolean before) {
    return near(side, before, NEAR, stems);
  }

  /**
   * Returns whether one of the {@code window} words of {@code side} nearest the figure (its last words when the side
   * comes {@code before} it, else its first) starts with one of the stems.
   */
  static boolean near(String side, boolean before, int window, List<String> stems) {
    List<String> words = new ArrayList<>();
    Matcher word = WORD.matcher(side);
    while (word.find()) words.add(word.group());
    List<String> nearest = before ? words.subList(Math.max(0, words.size() - window), words.size())
        : words.subList(0, Math.min(window, words.size()));
    for (String w : nearest) for (String stem : stems) if (w.startsWith(stem)) return true;
    return false;
  }
}
