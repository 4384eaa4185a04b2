package signpost.knowledge.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Drops a document's table of contents, which lists section titles with page numbers and answers
 * nothing: the "Contents" title and the entries after it, up to the first block of real text, and
 * anywhere else any run of entries with dotted leaders ("Introduction ........ 3").
 */
final class Contents {

  private static final Pattern TITLE = Pattern.compile("(?i)(table of )?contents( page)?:?|in this (document|report)");
  private static final Pattern LEADERS = Pattern.compile("(?:(?:\\.\\s?){4,}|_{4,}|…{2,})\\s*\\d{1,3}\\b");
  // An entry ends in its page number, set apart from the title or glued to it ("Introduction1"), or after a
  // title ending in a year ("Delivery Plan April 2022 15").
  private static final Pattern PAGE_AT_END = Pattern.compile("(?:[\\p{L})’'.…:;]\\s*|\\d\\s+)\\d{1,3}$");
  private static final Pattern PAGE_LABEL = Pattern.compile("(?i)page( no\\.?| number)?s?");
  private static final Pattern SENTENCE_END = Pattern.compile("[a-z][.!?]\\s+\\p{Lu}");

  private Contents() {}

  /** Returns the blocks without the table of contents. */
  static List<Block> drop(List<Block> blocks) {
    List<Block> kept = new ArrayList<>();
    boolean inContents = false;
    for (Block block : blocks) {
      String text = block.text().strip();
      if (TITLE.matcher(text).matches() && block.kind() != Block.Kind.LIST_ITEM) {
        inContents = true;
        continue;
      }
      if (inContents && block.kind() != Block.Kind.HEADING && !isEntry(text)) inContents = false;
      if (inContents && block.kind() != Block.Kind.HEADING || hasLeaders(text)) continue;
      kept.add(block);
    }
    return kept;
  }

  /** Returns true when the text reads as one or more contents entries: titles ending in page numbers. */
  static boolean isEntry(String text) {
    if (hasLeaders(text) || PAGE_LABEL.matcher(text).matches()) return true;
    return PAGE_AT_END.matcher(text).find() && !SENTENCE_END.matcher(text).find();
  }

  private static boolean hasLeaders(String text) {
    return LEADERS.matcher(text).find();
  }
}
