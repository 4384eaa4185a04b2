package signpost.knowledge.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Joins a paragraph to the block before it when a line, column or page break parted them mid-sentence,
 * so "the median was" stays with "8.2%". A block runs on when it ends with no sentence punctuation and
 * either it ends on a comma or a word no sentence ends on ("the", "of", "and"...), or the next paragraph
 * starts in lower case and finishes a sentence, or the block is a paragraph ending on a verb such as
 * "was" and the next starts with a figure.
 */
final class RunOns {

  private static final Pattern ENDS_SENTENCE = Pattern.compile("[.!?:;][\"'”’)\\]]*$");
  private static final Pattern LAST_WORD = Pattern.compile("(\\p{L}+)[,–—-]?$");
  private static final Pattern FIGURE = Pattern.compile("^[£$€]?\\d");
  /** A verb stating a figure: "was 3.1%", "is 27". */
  private static final Pattern STATES_FIGURE = Pattern.compile("\\b(?:is|are|was|were)\\s+[£$€]?\\d");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"'”’)\\]]*(\\s|$)");
  // Words a sentence does not end on.
  private static final Set<String> DANGLING = Set.of(
      "a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "from", "with", "into", "onto", "than", "as",
      "and", "or", "nor", "but", "per", "via", "between", "including", "such", "our", "their", "its", "your");
  // Words a heading may end on, but that before a figure leave its sentence open ("the median was" 8.8%).
  private static final Set<String> BEFORE_FIGURE = Set.of(
      "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would", "could", "reached",
      "approximately", "nearly", "almost", "around", "about", "over", "under", "just", "only", "totalled", "totaled",
      "rose", "fell", "increased", "decreased", "reduced", "dropped", "stood", "stands", "equals");

  private RunOns() {}

  /** Returns the blocks with each paragraph that continues the block before it joined onto that block. */
  static List<Block> join(List<Block> blocks) {
    List<Block> joined = new ArrayList<>();
    for (Block block : blocks) {
      int last = joined.size() - 1;
      if (last >= 0 && runsOn(joined.get(last), block)) {
        Block before = joined.get(last);
        joined.set(last, new Block(before.kind(), before.level(), before.text().strip() + " " + block.text().strip(),
            before.page()));
      } else {
        joined.add(block);
      }
    }
    return joined;
  }

  /** Returns true when {@code next} is a paragraph that carries on the sentence {@code before} leaves open. */
  static boolean runsOn(Block before, Block next) {
    if (next.kind() != Block.Kind.PARAGRAPH) return false;
    if (before.kind() != Block.Kind.PARAGRAPH && before.kind() != Block.Kind.LIST_ITEM) return false;
    String head = before.text().strip();
    String tail = next.text().strip();
    if (head.isEmpty() || tail.isEmpty() || ENDS_SENTENCE.matcher(head).find()) return false;
    var last = LAST_WORD.matcher(head);
    String word = last.find() ? last.group(1).toLowerCase(Locale.ROOT) : "";
    boolean dangling = head.endsWith(",") || DANGLING.contains(word);
    // Lower case carries a sentence on when it finishes one: captions whose figures were lost in
    // extraction ("colleagues are Mental Health First Aiders") are left apart.
    // So does lower case that states a figure: an infographic's "the mean Ethnicity" then "pay gap was 3.1%".
    if (Character.isLowerCase(tail.codePointAt(0))) {
      return dangling || SENTENCE_END.matcher(tail).find() || STATES_FIGURE.matcher(tail).find();
    }
    // A list item often ends without a full stop before an ordinary paragraph: only lower case joins those.
    if (before.kind() == Block.Kind.LIST_ITEM) return false;
    return dangling || BEFORE_FIGURE.contains(word) && FIGURE.matcher(tail).find();
  }
}
