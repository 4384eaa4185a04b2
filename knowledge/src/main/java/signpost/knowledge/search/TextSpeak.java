package signpost.knowledge.search;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The question words of a message typed as text-speak ("wots our disability pay gap", "wen is it due", "hw many r
 * there") written out, so that what shape of answer it asks for is read as from the words written in full. Only
 * whole words, and only those that are nothing else in an organisation's questions.
 */
final class TextSpeak {

  private static final Map<String, String> WRITTEN_OUT = Map.ofEntries(
      Map.entry("wot", "what"), Map.entry("wat", "what"), Map.entry("wht", "what"), Map.entry("wut", "what"),
      Map.entry("wots", "what's"), Map.entry("wats", "what's"), Map.entry("wot's", "what's"), Map.entry("wat's", "what's"),
      Map.entry("whts", "what's"), Map.entry("wen", "when"), Map.entry("wn", "when"), Map.entry("hw", "how"),
      Map.entry("u", "you"), Map.entry("r", "are"), Map.entry("ur", "your"), Map.entry("wer", "where"),
      Map.entry("wheres", "where's"), Map.entry("hows", "how's"), Map.entry("wich", "which"), Map.entry("whch", "which"));

  private static final Pattern WORD = Pattern.compile("(?<![\\w&'-])[a-z]+(?:'s)?(?![\\w&'-])");

  private TextSpeak() {}

  /** Returns the lower-case question with its text-speak question words written out. */
  static String writtenOut(String lower) {
    Matcher word = WORD.matcher(lower);
    StringBuilder out = new StringBuilder();
    while (word.find()) {
      word.appendReplacement(out, Matcher.quoteReplacement(WRITTEN_OUT.getOrDefault(word.group(), word.group())));
    }
    return word.appendTail(out).toString();
  }
}
