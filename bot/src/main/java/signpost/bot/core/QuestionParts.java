package signpost.bot.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The questions of a message that asks two or more at once ("How do I join the Ability network? And can I go to the
 * meetings in work time?", "how many EDI champions have we got and how much time would I need to give?"): each is
 * searched on its own as well, so that a passage answering one is not judged by the words of the other.
 */
final class QuestionParts {

  /**
   * Where a further question starts: after a question mark, or at "and" (or "n", "&", "and separately", "and also")
   * before a question word or before "the ethnicity one", which asks again what the question before it asked, of
   * something else; or at "or" before a question of someone else ("is it just for LGBT staff or can allies go too?":
   * whether allies may go is a question of its own, not "or can I ..." nor "or is it fine ..." offering the asker's
   * alternative to the same thing).
   */
  private static final Pattern SPLIT = Pattern.compile("(?i)(?<=\\?)\\s+(?:(?:and|also|plus)\\s+)?(?=\\S)"
      + "|[,;]?\\s+(?:and|n|&)\\s+(?:(?:also|separately|secondly|then|additionally)\\s+)?"
      + "(?=(?:what|whats|what's|wot|wots|wat|wats|who|whos|who's|which|when|where|why|how|is|are|was|were|"
      + "do|does|did|can|could|should|will|would|has|have)\\b)"
      + "|[,;]?\\s+(?:and|n|&)\\s+(?=the\\s+[a-z-]+\\s+ones?\\b)"
      + "|[,;]?\\s+or\\s+(?=(?:can|could|is|are|do|does|should|will|would)\\s+(?!(?:i|we|you|it|this|that|they|there)\\b)[a-z]+\\s+[a-z]+)");

  /** A part this short ("why?", "and when?") says too little to be searched alone. */
  private static final int FEWEST_WORDS = 3;

  private QuestionParts() {}

  /** Returns the message's questions, in order; empty when it asks one (or says too little apart to split). */
  static List<String> of(String message) {
    List<String> parts = new ArrayList<>();
    Matcher split = SPLIT.matcher(message);
    int from = 0;
    while (split.find()) {
      // "how do I get an interpreter and how much notice ...?": the first is a question too, though its mark is the
      // second's, and a search reads what comes before a question's sentence as the situation it is asked in.
      String part = message.substring(from, split.start()).strip();
      add(parts, part.isEmpty() || part.matches("(?s).*[?.!]$") ? part : part + "?");
      from = split.end();
    }
    add(parts, message.substring(from));
    return parts.size() < 2 ? List.of() : List.copyOf(parts);
  }

  /**
   * The asking clause of a message that tells a situation first: "I've got a deaf complainant coming in ... in a couple
   * of weeks, how do I get a BSL interpreter sorted?", from its last "how do I", "who do we", "where can I", "what do I"
   * or "can we get" to the end.
   */
  private static final Pattern ASKING = Pattern.compile("(?i)(?:^|[,.;:!?]\\s*|\\s-\\s*|\\s(?:so|but)\\s+)"
      + "((?:how|who|where|what)\\s+(?:do|can|should|would|could|shall)\\s+(?:i|we|you|they|she|he)\\b[^,.;!?]*[?.]?|"
      + "(?:can|could)\\s+(?:i|we|you)\\s+(?:get|book|arrange|have)\\b[^,.;!?]*[?.]?)\\s*$");

  /** An asking clause this short ("who do i ask?", "how do i reset it") asks of nothing it names. */
  private static final int ASKING_WORDS = 5;

  /**
   * Returns the clause asking the question of a message that tells its situation before it, where the message has
   * one; empty for a message that is its question ("how do I book a BSL interpreter?").
   */
  static Optional<String> asked(String message) {
    Matcher asking = ASKING.matcher(message.strip());
    if (!asking.find() || asking.start(1) == 0) return Optional.empty();
    String clause = asking.group(1).strip();
    return clause.split("\\s+").length < ASKING_WORDS ? Optional.empty() : Optional.of(clause);
  }

  /** A question this short ("what's the target number?") asks of what the question before it named. */
  private static final int FEWEST_ALONE = 6;

  /**
   * Returns whether a question asks of something named in the one before it: by "one" or "ones" ("the extra ones"),
   * or by being too short to name it ("what's the target number?" after "who owns the hate crime centres action?").
   */
  static boolean asksOfTheOneBefore(String part) {
    int mark = part.indexOf('?');
    String question = mark < 0 ? part : part.substring(0, mark);
    int words = question.strip().split("\\s+").length;
    return standsForTheOneBefore(part) || words < FEWEST_ALONE
        || words <= OF_IT_AT_MOST && ASKS_OF_IT.matcher(question.strip()).lookingAt();
  }

  /**
   * The most words of a question of "it" that asks only of what the question before named: "is it actually getting any
   * better or not"; "when does it need to be with the equality team?" names what it asks of.
   */
  private static final int OF_IT_AT_MOST = 8;

  /**
   * A question whose subject is "it", "that" or "they", standing for what the question before named: "whats our awarding
   * gap between black and white students? is it actually getting any better or not", "... and when is it due?".
   */
  private static final Pattern ASKS_OF_IT = Pattern.compile("(?i)(?:(?:and|but|so)\\s+)?(?:(?:what|when|where|why|how|who)\\s+)?(?:is|isnt|isn't"
      + "|are|arent|aren't|was|were|has|hasnt|hasn't|have|had|does|doesnt|doesn't|do|did|will|would|can|could|should)\\s+"
      + "(?:it|that|this|they|those|these)\\b");

  /**
   * "Ones" or "one" standing for a thing named before: "the extra ones", "the ethnicity one", "which ones", or the one
   * the asker would become or join ("how much time would I need to give if I signed up to be one?").
   */
  private static final Pattern STANDS_FOR = Pattern.compile("(?i)\\b(?!no one\\b|any one\\b|every one\\b|some one\\b)"
      + "(?:the|any|extra|other|new|which|these|those|this|that|our|own|[a-z]+y) ones?\\b"
      + "|\\b(?:be|become|becoming|being|join|joining|start|starting|set up|setting up) one\\b(?!\\s+(?:of|or)\\b)");

  /** Returns whether a question stands for something named in the one before it by "one" or "ones". */
  static boolean standsForTheOneBefore(String part) {
    return STANDS_FOR.matcher(part).find();
  }

  /**
   * A sentence telling of the asker or someone near them, asking nothing: "my mate wants to come with me.", "our library
   * might sign up". The whole message's search reads it as the situation; searched alone it would find whatever speaks
   * of coming or signing, so it is no question of its own.
   */
  private static final Pattern TELLING = Pattern.compile("(?i)^(?:my|our|i|i'm|im|i've|ive|i'd|we|we're|we've|he|she"
      + "|they|they're|his|her|their)\\b(?!.*\\b(?:who|whos|what|whats|wot|when|where|which|why|how)\\b)[^?]*$");

  private static void add(List<String> parts, String part) {
    String text = part.strip();
    if (text.split("\\s+").length >= FEWEST_WORDS && !TELLING.matcher(text).find()) parts.add(text);
  }
}
