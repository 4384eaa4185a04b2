package signpost.bot.conversation;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import signpost.rules.screening.Slot;

/**
 * Finds what a correction corrects: the sentence of the record that shares the most numbers and words with it
 * ("actually only one site, not three" corrects the sentence about three sites), the latest of a part's sharing as
 * many; never a question asked.
 */
final class Corrections {

  private static final Pattern TOKEN = Pattern.compile("\\d[\\d,.]*|\\p{L}{4,}");
  private static final Set<String> COMMON = Set.of("actually", "about", "sorry", "only", "just", "that", "this",
      "they", "them", "there", "their", "with", "from", "have", "would", "will", "were", "what", "said", "meant",
      "instead", "rather", "correction", "scrap", "scratch", "mean", "than", "also", "some", "more", "less");
  private static final String NUMBER = "(?:\\d[\\d,.]*\\d|\\d|one|two|three|four|five|six|seven|eight|nine|ten"
      + "|eleven|twelve|twenty|thirty|forty|fifty|hundred)";
  /** "12,000 a year, not 9,000", "one site, not three": the number given, then the number taken back. */
  private static final Pattern NOT_THIS = Pattern.compile("(?i)\\b(" + NUMBER + ")\\b[^.;]*?,?\\s+not\\s+(" + NUMBER + ")\\b");
  private static final Set<String> NOT_A_NAME = Set.of("it", "it's", "its", "we", "i", "they", "that", "this",
      "there", "due", "probably", "maybe", "hopefully", "sometime", "by");

  /** A part of the record: its slot and its text, sentences on lines of their own or run together. */
  record Part(Slot slot, String text) {}

  /** The part a correction corrects, with the correction put in place of the sentence. */
  record Target(Slot slot, String replaced) {}

  private Corrections() {}

  /** Returns the part the correction corrects and its text corrected, or null when nothing shares a word with it. */
  static Target best(String correction, List<Part> parts) {
    Set<String> wanted = tokens(correction);
    Target best = null;
    int bestShared = 0;
    for (Part part : parts) {
      if (part.text() == null) continue;
      Target inPart = null;
      for (String sentence : part.text().split("(?<=[.!?;])\\s+|\\n")) {
        // A question asked ("do I need an assessment for a change at Hillside Library?") tells nothing to put right.
        if (sentence.strip().endsWith("?")) continue;
        Set<String> shared = tokens(sentence);
        shared.retainAll(wanted);
        // Within a part, on a tie the later sentence: a correction puts right what was said last.
        if (shared.size() > bestShared || inPart != null && shared.size() == bestShared) {
          bestShared = shared.size();
          best = new Target(part.slot(), part.text().replace(sentence, amended(sentence, correction)));
          inPart = best;
        }
      }
    }
    return best;
  }

  /**
   * Returns the sentence with the number the correction takes back replaced by the one it gives ("about 12,000, not
   * 9,000" turns "9,000 badge holders" into "12,000 badge holders"), or the correction itself when it gives no
   * such pair.
   */
  static String amended(String sentence, String correction) {
    Matcher m = NOT_THIS.matcher(correction);
    if (!m.find()) return correction;
    String wrong = m.group(2);
    // "3 centres not 2" takes back "two of the centres": a small number in figures or in words is the same number.
    String either = twin(wrong).map(t -> Pattern.quote(wrong) + "|" + Pattern.quote(t)).orElse(Pattern.quote(wrong));
    Matcher said = Pattern.compile("(?i)(?<![\\w,])(?:" + either + ")(?![\\w,])").matcher(sentence);
    if (!said.find()) return correction;
    // "3 centres not 2" of "two of the centres in Bolsover": the count as the person now gives it, "3 centres".
    Matcher counted = COUNTED.matcher(correction.substring(m.start(1)));
    if (counted.lookingAt()) {
      Matcher ofThe = Pattern.compile("(?i)\\s+of\\s+the\\s+" + Pattern.quote(counted.group(1)) + "\\b")
          .matcher(sentence).region(said.end(), sentence.length());
      if (ofThe.lookingAt()) {
        String recounted = m.group(1) + " " + counted.group(1);
        return sentence.substring(0, said.start()) + recounted + sentence.substring(ofThe.end());
      }
    }
    return sentence.substring(0, said.start()) + m.group(1) + sentence.substring(said.end());
  }

  /**
   * Returns a part other than the one corrected with the number taken back put right in each sentence that tells it of
   * the same thing ("two of the centres in Bolsover would close", told as who the change touches too); the text as it
   * was when the correction gives no number in place of another, or no sentence shares a word with it.
   */
  static String alsoIn(String text, String correction) {
    if (text == null || !NOT_THIS.matcher(correction).find()) return text;
    Set<String> words = tokens(correction);
    words.removeIf(token -> Character.isDigit(token.charAt(0)));
    String out = text;
    for (String sentence : text.split("(?<=[.!?;])\\s+|\\n")) {
      Set<String> shared = tokens(sentence);
      shared.retainAll(words);
      if (shared.isEmpty()) continue;
      String amended = amended(sentence, correction);
      if (!amended.equals(correction)) out = out.replace(sentence, amended);
    }
    return out;
  }

  /** A number given with what it counts: "3 centres". */
  private static final Pattern COUNTED = Pattern.compile("(?i)" + NUMBER + "\\s+(\\p{L}{3,})");

  private static final List<String> SMALL = List.of("zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
      "nine", "ten");

  /** Returns a number up to ten written the other way: "2" for "two", "two" for "2". */
  private static Optional<String> twin(String number) {
    String lower = number.toLowerCase(Locale.ROOT);
    int word = SMALL.indexOf(lower);
    if (word >= 0) return Optional.of(Integer.toString(word));
    return lower.matches("\\d|10") ? Optional.of(SMALL.get(Integer.parseInt(lower))) : Optional.empty();
  }

  /**
   * Returns who a short answer names once its date is taken out ("Cabinet, in January." names Cabinet), or null
   * when what is left is not a name.
   */
  static String named(String text, String when) {
    String rest = text.replace(when, " ").replaceAll("[,.;:!]+", " ").strip().replaceAll("\\s+", " ");
    if (rest.isEmpty() || rest.split(" ").length > 6) return null;
    String first = rest.split(" ")[0].toLowerCase(Locale.ROOT);
    return NOT_A_NAME.contains(first) ? null : Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
  }

  private static Set<String> tokens(String text) {
    Set<String> out = new HashSet<>();
    Matcher m = TOKEN.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      String token = m.group().replaceAll("[,.]+$", "").replace(",", "");
      if (!COMMON.contains(token)) out.add(token);
    }
    return out;
  }
}
