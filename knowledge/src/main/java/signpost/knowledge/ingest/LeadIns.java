package signpost.knowledge.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the items a lead-in sentence ending in ":" introduces when they are not marked as a list: a run
 * of labelled paragraphs ("Ambition 1: ...", "Attracting you – ..."), as many short paragraphs as the
 * lead-in announces ("three guiding principles:"), or the titles of the sections that follow it.
 */
final class LeadIns {

  static final int MAX_ITEM_CHARS = 400;
  static final int MAX_UNLABELLED_ITEM_CHARS = 200;
  static final int MAX_BARE_CHARS = 40;
  private static final Pattern BARE = Pattern.compile("(?i)^(we|they|it|its|this|these|those|he|she|you|our|their"
      + "|for example|for instance|such as|including|as follows|in particular|namely|examples?)\\b");
  private static final Pattern LABEL = Pattern.compile("^[^.:;!?]{1,50}?(?::|\\s[–—-])\\s+\\S");
  private static final Pattern COUNT = Pattern.compile("(?i)\\b(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten"
      + "|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)\\b(?![.,]?\\d|%|\\+)");
  private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
      Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
      Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
      Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
      Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19),
      Map.entry("twenty", 20));

  private LeadIns() {}

  /**
   * Returns true when a lead-in is short and names nothing itself ("We will do this by:", "These include:"),
   * so it means something only with the paragraph before it.
   */
  static boolean isBare(String leadIn) {
    return leadIn.length() <= MAX_BARE_CHARS && BARE.matcher(leadIn).find();
  }

  /** Returns true when the text leads into what follows it. */
  static boolean isLeadIn(String text) {
    return text.strip().endsWith(":");
  }

  /** Returns how many items the lead-in announces ("the following five priorities:"), or 0 when it names none. */
  static int announced(String leadIn) {
    Matcher matcher = COUNT.matcher(leadIn);
    while (matcher.find()) {
      if (matcher.start() > 0 && leadIn.charAt(matcher.start() - 1) == '-') continue;
      String word = matcher.group(1).toLowerCase(Locale.ROOT);
      int count = Character.isDigit(word.charAt(0)) ? Integer.parseInt(word) : WORDS.get(word);
      if (count >= 2) return count;
    }
    return 0;
  }

  /**
   * Returns the paragraphs from {@code from} that are the lead-in's items: labelled paragraphs, at most
   * {@code count} of them when a count is announced, or exactly {@code count} short paragraphs; empty when
   * fewer than two qualify.
   */
  static List<Block> paragraphItems(List<Block> blocks, int from, int count) {
    List<Block> labelled = new ArrayList<>();
    for (int i = from; i < blocks.size() && (count == 0 || labelled.size() < count); i++) {
      Block block = blocks.get(i);
      if (block.kind() != Block.Kind.PARAGRAPH || block.text().length() > MAX_ITEM_CHARS) break;
      if (!LABEL.matcher(block.text()).find()) break;
      labelled.add(block);
    }
    if (labelled.size() >= 2) return labelled;
    if (count < 2 || from + count > blocks.size()) return List.of();
    List<Block> shorts = blocks.subList(from, from + count);
    boolean allShort = shorts.stream().allMatch(b -> b.kind() == Block.Kind.PARAGRAPH
        && b.text().length() <= MAX_UNLABELLED_ITEM_CHARS && !isLeadIn(b.text()));
    return allShort ? shorts : List.of();
  }

  /**
   * Returns the headings of the sections that follow a lead-in directly, as items: the first {@code count}
   * at the level of the first, before any heading above that level; empty unless the lead-in announced that
   * many ("three guiding principles:") and as many are found.
   */
  static List<Block> headingItems(List<Block> blocks, int from, int count) {
    if (count < 2 || from >= blocks.size() || blocks.get(from).kind() != Block.Kind.HEADING) return List.of();
    int level = blocks.get(from).level();
    List<Block> items = new ArrayList<>();
    for (int i = from; i < blocks.size() && items.size() < count; i++) {
      Block block = blocks.get(i);
      if (block.kind() != Block.Kind.HEADING) continue;
      if (block.level() < level) break;
      if (block.level() == level) items.add(Block.listItem(block.text(), block.page()));
    }
    return items.size() == count ? items : List.of();
  }
}
