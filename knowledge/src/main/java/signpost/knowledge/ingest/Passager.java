package signpost.knowledge.ingest;

import java.util.ArrayList;
import java.util.List;
import signpost.knowledge.Document;
import signpost.knowledge.Passage;

/**
 * Groups a document's blocks into passages a person would quote: each paragraph, a list with the
 * paragraph that leads into it, or a few table rows, each carrying the full heading path above it
 * and the page it starts on.
 */
public final class Passager {

  static final int MAX_LIST_CHARS = 1_200;
  static final int MAX_PARAGRAPH_CHARS = 1_500;
  static final int MIN_FRAGMENT_CHARS = 40;
  static final int TABLE_ROWS_PER_PASSAGE = 5;

  /** Returns the passages of the document, numbered from 0 in reading order. */
  public List<Passage> passages(Document document, List<Block> blocks) {
    // Blocks with no word at all (a stray "." or "-" left by extraction) would only be glued onto a neighbour.
    List<Block> worded = blocks.stream().filter(b -> b.text().codePoints().anyMatch(Character::isLetterOrDigit)).toList();
    List<PassageDraft> drafts = drafts(worded);
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
    int i = 0;
    while (i < blocks.size()) {
      Block block = blocks.get(i);
      String text = TextCleaner.clean(block.text());
      if (block.kind() == Block.Kind.HEADING) {
        headings.push(block.level(), text);
        i++;
        continue;
      }
      int end = runEnd(blocks, i);
      List<String> section = headings.path();
      if (text.isEmpty()) {
        i++;
      } else if (block.kind() == Block.Kind.PARAGRAPH && text.endsWith(":") && end > i + 1) {
        drafts.addAll(PassageDraft.list(section, block.page(), text, blocks.subList(i + 1, end), MAX_LIST_CHARS));
        i = end;
      } else if (block.kind() == Block.Kind.PARAGRAPH) {
        for (String piece : Sentences.split(text, MAX_PARAGRAPH_CHARS)) {
          drafts.add(new PassageDraft(section, block.page(), piece));
        }
        i++;
      } else if (block.kind() == Block.Kind.LIST_ITEM) {
        drafts.addAll(PassageDraft.list(section, block.page(), null, blocks.subList(i, end), MAX_LIST_CHARS));
        i = end;
      } else {
        drafts.addAll(PassageDraft.table(section, blocks.subList(i, end), TABLE_ROWS_PER_PASSAGE));
        i = end;
      }
    }
    return drafts;
  }

  /** Returns the index after the run of list items (or table rows) that follows or starts at {@code i}. */
  private static int runEnd(List<Block> blocks, int i) {
    Block.Kind first = blocks.get(i).kind();
    Block.Kind kind = first == Block.Kind.TABLE_ROW ? Block.Kind.TABLE_ROW : Block.Kind.LIST_ITEM;
    int end = first == Block.Kind.PARAGRAPH ? i + 1 : i;
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
