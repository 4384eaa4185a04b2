package signpost.knowledge.search;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import signpost.knowledge.Passage;

/**
 * What shape of passage answers a question: one that defines the term asked about ("What is
 * inclusion?" wants "Inclusion means ..."), one with a date ("When ...?"), or one with a number
 * ("How many ...?"). A passage of the right shape is ranked up.
 */
final class AnswerShape {

  private static final Pattern DEFINE = Pattern.compile(
      "^(?:what\\s+(?:is|are|does)|what's|whats|define|meaning\\s+of|explain)\\s+(?:an?\\s+|the\\s+)?(.+?)(?:\\s+mean)?\\s*\\??$");
  private static final Pattern WHEN = Pattern.compile("^when\\b|\\b(timetable|timeline|deadline|what date|by when|schedule|timescale)s?\\b");
  private static final Pattern HOW_MANY = Pattern.compile("\\b(how many|how much|number of|percentage|proportion|what share)\\b");
  private static final Pattern DATE = Pattern.compile(
      "\\b(\\d{1,2}\\s+)?(january|february|march|april|may|june|july|august|september|october|november|december)\\s+\\d{4}\\b"
          + "|\\b(19|20)\\d{2}-\\d{2}(-\\d{2})?\\b|\\b\\d{1,2}/\\d{1,2}/\\d{2,4}\\b");
  private static final Pattern NUMBER = Pattern.compile("\\b\\d[\\d,.]*%?");
  private static final String DEFINING_VERBS = "(?:means?|is|are|refers? to|recognises|recognizes|describes?|encompasses|can be defined)";

  private final Pattern wanted;
  private final double boost;

  private AnswerShape(Pattern wanted, double boost) {
    this.wanted = wanted;
    this.boost = boost;
  }

  /** Returns the shape the question asks for; a shape that boosts nothing when none is recognised. */
  static AnswerShape of(String question, double boost) {
    String q = question.strip().toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    Matcher define = DEFINE.matcher(q);
    if (define.find() && define.group(1).split("\\s+").length <= 4) {
      String term = Pattern.quote(define.group(1).replaceAll("[?.!]+$", "").strip());
      return new AnswerShape(Pattern.compile("^(?:\"|')?" + term + "(?:\"|')?[,:]?\\s+(?:\\([^)]*\\)\\s+)?" + DEFINING_VERBS
          + "\\b|^" + term + "\\s*$", Pattern.CASE_INSENSITIVE), boost);
    }
    if (WHEN.matcher(q).find()) return new AnswerShape(DATE, boost);
    if (HOW_MANY.matcher(q).find()) return new AnswerShape(NUMBER, boost);
    return new AnswerShape(null, 1);
  }

  /** Returns the factor for a passage: the boost when it has the wanted shape, otherwise 1. */
  double factor(Passage passage) {
    if (wanted == null) return 1;
    String text = passage.text().toLowerCase(Locale.ROOT);
    if (wanted.matcher(text).find()) return boost;
    String heading = passage.section().isEmpty() ? "" : passage.section().get(passage.section().size() - 1);
    return wanted.matcher(heading.toLowerCase(Locale.ROOT)).find() ? boost : 1;
  }
}
