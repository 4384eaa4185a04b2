package signpost.knowledge.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import signpost.knowledge.Document;
import signpost.knowledge.Passage;

/**
 * Groups a document's blocks into passages a person would quote: each paragraph, a list with the
 * sentence that leads into it (its items marked as a list, written as paragraphs, or the titles of the
 * sections that follow), or a few table rows, each carrying the full heading path above it and the page
 * it starts on. A table of contents is dropped, and paragraphs a break parted mid-sentence are rejoined
 * first.
 */
public final class Passager {

  static final int MAX_LIST_CHARS = 1_200;
  static final int MAX_PARAGRAPH_CHARS = 1_500;
  static final int MIN_FRAGMENT_CHARS = 40;
  static final int TABLE_ROWS_PER_PASSAGE = 5;
  static final int MAX_ABSORBED_CHARS = 400;
  static final int MAX_TITLE_CHARS = 70;
  static final int MAX_TITLE_WORDS = 9;

  /** Returns the passages of the document, numbered from 0 in reading order. */
  public List<Passage> passages(Document document, List<Block> blocks) {
    // Blocks with no word at all (a stray "." or "-" left by extraction) would only be glued onto a neighbour.
    List<Block> worded = blocks.stream().filter(b -> b.text().codePoints().anyMatch(Character::isLetterOrDigit)).toList();
    List<PassageDraft> drafts = drafts(RunOns.join(Contents.drop(worded)));
    drafts = PassageDraft.mergeFragments(drafts, MIN_FRAGMENT_CHARS);
    List<Passage> passages = new ArrayList<>();
    for (PassageDraft draft : drafts) {
      passages.add(new Passage(document, passages.size(), draft.section(), draft.page(), draft.text()));
    }
    return passages;
  }

  private static List<PassageDraft> drafts(List<Block> blocks) {
    List<PassageDraft> drafts = new ArrayList<>();
    HeadingStack headings = new HeadingStack();
    int single = -1;
    int i = 0;
    while (i < blocks.size()) {
      // A document over its time budget is abandoned by interrupting its thread (see Budgeted).
      if (Thread.currentThread().isInterrupted()) throw new IllegalStateException("interrupted while cutting passages");
      Block block = blocks.get(i);
      String text = TextCleaner.clean(block.text());
      int singleBefore = single;
      single = -1;
      if (block.kind() == Block.Kind.HEADING) {
        headings.push(block.level(), text);
        i++;
        continue;
      }
      int end = runEnd(blocks, i);
      List<String> section = headings.path();
      if (text.isEmpty()) {
        i++;
      } else if (block.kind() == Block.Kind.PARAGRAPH && (LeadIns.isLeadIn(text) || titlesTable(text, blocks, i))) {
        PassageDraft leadIn = new PassageDraft(section, block.page(), text);
        if (LeadIns.isBare(text) && singleBefore == i - 1 && !drafts.isEmpty()) {
          // "We will do this by:" says nothing without the paragraph before it.
          PassageDraft before = drafts.remove(drafts.size() - 1);
          leadIn = new PassageDraft(section, before.page(), before.text() + "\n" + text);
        }
        i = leadInto(leadIn, blocks, i, end, drafts);
      } else if (block.kind() == Block.Kind.PARAGRAPH) {
        List<Block> titles = announcedTitles(text, blocks, i);
        if (!titles.isEmpty()) {
          // "We have three inclusion objectives for 2024-2027. ...", then the three sections they head: the paragraph
          // with their titles, as a lead-in with its items, besides each section's own passages.
          drafts.addAll(list(new PassageDraft(section, block.page(), text), titles));
          i++;
          continue;
        }
        List<String> pieces = Sentences.split(text, MAX_PARAGRAPH_CHARS);
        for (String piece : pieces) drafts.add(new PassageDraft(section, block.page(), piece));
        if (pieces.size() == 1 && text.length() <= MAX_ABSORBED_CHARS) single = i;
        i++;
      } else if (block.kind() == Block.Kind.LIST_ITEM) {
        drafts.addAll(PassageDraft.list(section, block.page(), null, blocks.subList(i, end), MAX_LIST_CHARS));
        i = end;
      } else {
        drafts.addAll(PassageDraft.table(new PassageDraft(section, block.page(), ""), blocks.subList(i, end),
            TABLE_ROWS_PER_PASSAGE));
        i = end;
      }
    }
    return drafts;
  }

  /**
   * Adds the passage of the lead-in at {@code i} with the items it introduces: the list or table that follows, else
   * unmarked paragraphs that are its items, else the titles of the sections that follow; returns the index
   * of the next block to read.
   */
  private static int leadInto(PassageDraft leadIn, List<Block> blocks, int i, int end, List<PassageDraft> drafts) {
    if (end > i + 1 && blocks.get(i + 1).kind() == Block.Kind.TABLE_ROW) {
      drafts.addAll(PassageDraft.table(leadIn, blocks.subList(i + 1, end), TABLE_ROWS_PER_PASSAGE));
      return end;
    }
    if (end > i + 1) {
      drafts.addAll(list(leadIn, blocks.subList(i + 1, end)));
      return end;
    }
    int count = LeadIns.announced(leadIn.text());
    List<Block> paragraphs = LeadIns.paragraphItems(blocks, i + 1, count);
    if (!paragraphs.isEmpty()) {
      drafts.addAll(list(leadIn, paragraphs));
      return i + 1 + paragraphs.size();
    }
    List<Block> titles = LeadIns.headingItems(blocks, i + 1, count);
    if (!titles.isEmpty()) {
      drafts.addAll(list(leadIn, titles));
    } else {
      for (String piece : Sentences.split(leadIn.text(), MAX_PARAGRAPH_CHARS)) {
        drafts.add(new PassageDraft(leadIn.section(), leadIn.page(), piece));
      }
    }
    return i + 1;
  }

  /**
   * Returns the titles of the sections right after the paragraph at {@code i} where it announces as many of them ("We
   * have three inclusion objectives", then "Objective 1: Open to everyone", ...); empty otherwise.
   */
  private static List<Block> announcedTitles(String text, List<Block> blocks, int i) {
    int count = LeadIns.announced(text);
    if (count < 2 || text.length() > MAX_PARAGRAPH_CHARS || i + 1 >= blocks.size()
        || blocks.get(i + 1).kind() != Block.Kind.HEADING) {
      return List.of();
    }
    List<Block> titles = LeadIns.headingItems(blocks, i + 1, count);
    // Each title names what was counted: "three inclusion objectives" and "Objective 2: Reflecting our communities", not
    // "our three most outlying libraries" and the sections that happen to follow.
    // The count itself, not a paragraph's own number before it ("9.1 The Joint Committee agreed three equality objectives").
    Matcher counted = COUNTED.matcher(text);
    boolean found = false;
    while (!found && counted.find()) found = LeadIns.announced(counted.group()) == count;
    if (titles.isEmpty() || !found) return List.of();
    List<String> stems = Arrays.stream(counted.group(1).toLowerCase(Locale.ROOT).split("\\s+"))
        .filter(w -> w.length() >= 4).map(w -> w.substring(0, Math.min(5, w.length()))).toList();
    boolean named = titles.stream().allMatch(t -> stems.stream().anyMatch(t.text().toLowerCase(Locale.ROOT)::contains));
    return named ? titles : List.of();
  }

  /** What a paragraph counts: the words after the number, "three (inclusion objectives)". */
  private static final Pattern COUNTED = Pattern.compile("(?i)\\b(?:two|three|four|five|six|seven|eight|nine|ten|\\d{1,2})"
      + "\\s+((?:[\\p{L}-]+\\s+){0,2}[\\p{L}-]+)");

  /**
   * Returns whether the paragraph at {@code i} is the title of the table right below it ("10.2 Gender pay gap."),
   * a few words with no sentence of their own after them, which every part of the table then carries.
   */
  private static boolean titlesTable(String text, List<Block> blocks, int i) {
    return i + 1 < blocks.size() && blocks.get(i + 1).kind() == Block.Kind.TABLE_ROW
        && text.length() <= MAX_TITLE_CHARS && text.split("\\s+").length <= MAX_TITLE_WORDS
        && !text.strip().matches("(?s).*[.!?;:]\\s.*");
  }

  private static List<PassageDraft> list(PassageDraft leadIn, List<Block> items) {
    return PassageDraft.list(leadIn.section(), leadIn.page(), leadIn.text(), items, MAX_LIST_CHARS);
  }

  /** Returns the index after the run of list items (or table rows) that follows or starts at {@code i}. */
  private static int runEnd(List<Block> blocks, int i) {
    Block.Kind first = blocks.get(i).kind();
    int end = first == Block.Kind.PARAGRAPH ? i + 1 : i;
    if (first == Block.Kind.PARAGRAPH && end < blocks.size()) first = blocks.get(end).kind();
    Block.Kind kind = first == Block.Kind.TABLE_ROW ? Block.Kind.TABLE_ROW : Block.Kind.LIST_ITEM;
    while (end < blocks.size() && blocks.get(end).kind() == kind) end++;
    return end;
  }

  /** The headings above the current block; a heading of level n replaces those of level n and deeper. */
  private static final class HeadingStack {
    private final List<Integer> levels = new ArrayList<>();
    private final List<String> texts = new ArrayList<>();

    void push(int level, String text) {
      while (!levels.isEmpty() && levels.get(levels.size() - 1) >= level) {
        levels.remove(levels.size() - 1);
        texts.remove(texts.size() - 1);
      }
      if (text.isEmpty()) return;
      levels.add(level);
      texts.add(text);
    }

    List<String> path() {
      return List.copyOf(texts);
    }
  }
}
