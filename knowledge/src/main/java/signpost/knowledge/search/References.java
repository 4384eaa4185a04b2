package signpost.knowledge.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import signpost.knowledge.index.PassageFields;

/**
 * A passage's pointer to another part of its document for what the question asks: "It ends with one of the four
 * outcomes in Annex 1" answers "what are the possible outcomes?" only with Annex 1 beside it, which shares no word
 * with the question but "outcomes" in its heading.
 */
public final class References {

  /** A part of a document named by its label and number or letter: "Annex 1", "Appendix B", "Schedule 2". */
  private static final Pattern POINTER = Pattern.compile(
      "\\b(?:in|at|see|under|from|of)\\s+(?:the\\s+)?(Annex|Appendix|Schedule|Part)\\s+([0-9]{1,2}|[A-Z])\\b");

  /** The end of a sentence or of a clause a colon or semicolon closes: what it names is of another sentence. */
  private static final Pattern SENTENCE_END = Pattern.compile("[.;:!?]\\s+");

  /** How many characters before a pointer may name what it points to ("the four outcomes in Annex 1"). */
  private static final int NAMED_WITHIN = 60;

  private References() {}

  /**
   * Returns the label of the part of the document ("annex 1") the text points to for one of the question's weighty
   * concepts, named just before the pointer in its sentence; empty when it points to none, or not for anything asked.
   */
  static Optional<String> pointed(String text, Analyzer analyzer, Map<QuestionTerms.Concept, Double> weights,
                                  double weighty) {
    Matcher pointer = POINTER.matcher(text);
    while (pointer.find()) {
      String before = text.substring(Math.max(0, pointer.start() - NAMED_WITHIN), pointer.start());
      Matcher end = SENTENCE_END.matcher(before);
      int cut = 0;
      while (end.find()) cut = end.end();
      before = before.substring(cut);
      Set<String> named = new HashSet<>();
      QuestionTerms.of(analyzer.tokenStream(PassageFields.TEXT, before)).forEach(c -> named.addAll(c.terms()));
      boolean asked = weights.entrySet().stream()
          .anyMatch(e -> e.getValue() >= weighty && Coverage.holds(e.getKey(), named));
      if (asked) return Optional.of(label(pointer.group(1), pointer.group(2)));
    }
    return Optional.empty();
  }

  /** Returns whether a heading is of the part labelled: "Annex 1: The four EINA outcomes" is of "annex 1". */
  public static boolean heads(String heading, String label) {
    String lower = heading.strip().toLowerCase(Locale.ROOT);
    return lower.startsWith(label) && (lower.length() == label.length()
        || !Character.isLetterOrDigit(lower.charAt(label.length())));
  }

  private static String label(String kind, String number) {
    return kind.toLowerCase(Locale.ROOT) + " " + number.toLowerCase(Locale.ROOT);
  }

  /**
   * A numbered part a question names itself: "what does objective 3 actually say?", "what's under priority 2?". Not a
   * "section 149" of the law, which no heading of the organisation's documents is.
   */
  private static final Pattern NAMED_PART = Pattern.compile("(?i)\\b(objective|priority|outcome|theme|aim|ambition"
      + "|commitment|pillar|appendix|annex)\\s+([0-9]{1,2}|[A-Z])\\b");

  /** Returns the labels of the numbered parts the question names ("objective 3"), lower-cased. */
  public static List<String> named(String question) {
    List<String> labels = new ArrayList<>();
    Matcher part = NAMED_PART.matcher(question);
    while (part.find()) labels.add(label(part.group(1), part.group(2)));
    return labels;
  }

  /** Returns whether any of a section path's headings is of the part labelled. */
  static boolean under(List<String> section, String label) {
    return section.stream().anyMatch(heading -> heads(heading, label));
  }
}
