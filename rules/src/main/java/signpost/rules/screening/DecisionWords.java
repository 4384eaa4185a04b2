package signpost.rules.screening;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds, in a manager's own sentence, who decides, when, and when the change will be reviewed: "Cabinet decides in
 * February" gives "Cabinet" and "February". What it returns is always a part of the sentence, never a guess.
 */
public final class DecisionWords {

  private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October"
      + "|November|December)";
  private static final Pattern WHEN = Pattern.compile("(?i)\\b((?:(?:early|late|mid|the end of|by|before|after|in)\\s+)?"
      + "(?:\\d{1,2}(?:st|nd|rd|th)?\\s+" + MONTH + "(?:\\s+\\d{4})?|" + MONTH + "(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?"
      + "(?:\\s+\\d{4})?|(?:next|this|the coming)\\s+(?:week|month|year|quarter|spring|summer|autumn|winter)"
      + "|(?:the\\s+)?(?:spring|summer|autumn|winter)(?:\\s+\\d{4})?|\\d{1,2}/\\d{1,2}/\\d{2,4}|\\d{4}-\\d{2}-\\d{2}"
      + "|(?:in\\s+)?(?:two|three|four|six|\\d+)\\s+(?:weeks|months)(?:'\\s*time)?|Q[1-4](?:\\s+\\d{4})?))\\b");
  private static final Pattern DECIDER_VERB = Pattern.compile("(?i)^(.*?)\\s+(?:decides|(?:will|would) decide|is deciding|"
      + "makes the decision|(?:will|would) make the (?:final )?decision|makes the final decision|signs (?:it |this )?off"
      + "|(?:will|would) sign (?:it |this )?off|approves|(?:will|would) approve|agrees it|has the final say"
      + "|takes the decision|(?:will|would) take the decision|"
      + "(?:is |are )?(?:due|expected|scheduled|set) to (?:decide|approve|sign (?:it |this )?off))\\b");
  private static final Pattern GOES_TO = Pattern.compile("(?i)\\b(?:goes|go|going|is going|will go)\\s+(?:to|before)\\s+"
      + "((?:the\\s+)?.+?)(?=\\s+(?:in|on|at|for|by|after|before|as|next|this|on)\\b|[.;]|$)");
  /**
   * Where something goes that decides: a body or an office ("cabinet", "the Resources Committee", "the Director"), or a
   * name ("SLT", "Full Council"); not what a service goes to ("the Reading Room goes to appointments only").
   */
  private static final Pattern BODY = Pattern.compile("^(?:the\\s+)?(?:\\p{Lu}|.*\\b(?i:cabinet|committee|board|panel|council"
      + "|group|meeting|forum|trustees|governors|executive|director|directors|manager|member|members|mayor|chief|lead"
      + "|head|officer|corporation|authority)\\b)");
  private static final Pattern DECIDED_BY = Pattern.compile("(?i)\\b(?:decided|approved|signed off|taken|made)\\s+by\\s+"
      + "((?:the\\s+)?.+?)(?=\\s+(?:in|on|at|for|by|after|before|as|next|this)\\b|[.;,]|$)");
  private static final Pattern OWN_CALL = Pattern.compile("(?i)\\b(?:it'?s|it is|that'?s|that is)\\s+(my|our)\\s+"
      + "(?:call|decision)(?:\\s+as\\s+([^,.;]+))?");
  private static final Pattern MYSELF = Pattern.compile("(?i)(?:it'?s\\s+)?(?:me|myself|i do|i will|i decide|i'll decide|"
      + "i make the decision|i sign it off)[.!]?");
  /** Where a sentence turns to who decides: "It's part of the savings, so Cabinet decides"; never a name's own "and". */
  private static final Pattern CLAUSE_BREAK = Pattern.compile("(?i)(?:[:;]|,\\s*(?:so|and|but|then)?|\\bso\\b)\\s*");
  private static final Pattern AND = Pattern.compile("\\s+and\\s+");
  private static final Pattern REVIEW = Pattern.compile("(?i)\\breview(?:ed|ing)?\\b(?:\\s+(?:it|this|that|the change|"
      + "how it works|how it is working))?\\s+((?:after|in|within|every|by|at)\\s+[^,.;]+)");

  private DecisionWords() {}

  /** Returns who decides, as the sentence names them. */
  public static Optional<String> maker(String sentence) {
    // "Could you tell me who signs it off?" asks who decides; it does not say.
    if (sentence.strip().endsWith("?")) return Optional.empty();
    if (MYSELF.matcher(sentence.strip()).matches()) return Optional.of("the person screening");
    Matcher own = OWN_CALL.matcher(sentence);
    if (own.find()) {
      String as = own.group(2) == null ? "" : " as " + own.group(2).strip();
      return Optional.of(("my".equalsIgnoreCase(own.group(1)) ? "the person screening" : "the team screening") + as);
    }
    Matcher verb = DECIDER_VERB.matcher(sentence);
    if (verb.find()) {
      String[] clauses = CLAUSE_BREAK.split(verb.group(1));
      String subject = afterLastClauseAnd(clauses[clauses.length - 1].strip());
      if (!subject.isEmpty() && !subject.matches("(?i)it|this|that|he|she|they|we|who")) return Optional.of(tidy(subject));
    }
    Matcher decidedBy = DECIDED_BY.matcher(sentence);
    if (decidedBy.find()) return Optional.of(tidy(decidedBy.group(1)));
    Matcher goesTo = GOES_TO.matcher(sentence);
    while (goesTo.find()) if (BODY.matcher(goesTo.group(1)).find()) return Optional.of(tidy(goesTo.group(1)));
    return Optional.empty();
  }

  /** Returns when the decision is due, as the sentence puts it. */
  public static Optional<String> when(String sentence) {
    Matcher m = WHEN.matcher(sentence);
    return m.find() ? Optional.of(m.group(1).strip()) : Optional.empty();
  }

  /** Returns when the change will be reviewed, as the sentence puts it: "after three months". */
  public static Optional<String> review(String sentence) {
    Matcher m = REVIEW.matcher(sentence);
    return m.find() ? Optional.of(m.group(1).strip()) : Optional.empty();
  }

  /**
   * Returns the subject after the last "and" that joins clauses ("we've costed it and Cabinet" gives "Cabinet"), but
   * not one inside a name ("the Staffing and Appeals Committee"): a clause's "and" follows a lower-case word.
   */
  private static String afterLastClauseAnd(String text) {
    Matcher m = AND.matcher(text);
    int cut = 0;
    while (m.find()) {
      String before = text.substring(0, m.start());
      String last = before.substring(before.lastIndexOf(' ') + 1);
      if (!last.isEmpty() && Character.isLowerCase(last.charAt(0))) cut = m.end();
    }
    return text.substring(cut).strip();
  }

  private static String tidy(String text) {
    // As written: "the Communities Committee" stays lower-case "the", a name keeps its capitals.
    return text.strip().replaceAll("[,.;:]+$", "");
  }
}
