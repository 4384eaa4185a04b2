package signpost.knowledge.ingest;

import java.util.ArrayList;
import java.util.List;

/** A passage before it is numbered: its section path, first page and text. */
record PassageDraft(List<String> section, Integer page, String text) {

  /** Returns list passages: the lead-in (repeated on each chunk) and items as "- item" lines. */
  static List<PassageDraft> list(List<String> section, Integer page, String leadIn, List<Block> items, int max) {
    List<PassageDraft> drafts = new ArrayList<>();
    StringBuilder text = new StringBuilder(leadIn == null ? "" : leadIn);
    Integer first = page;
    boolean hasItem = false;
    for (Block item : items) {
      String line = "- " + TextCleaner.clean(item.text());
      if (line.length() == 2) continue;
      if (hasItem && text.length() + line.length() + 1 > max) {
        drafts.add(new PassageDraft(section, first, text.toString()));
        text = new StringBuilder(leadIn == null ? "" : leadIn);
        first = item.page();
        hasItem = false;
      }
      if (!text.isEmpty()) text.append('\n');
      text.append(line);
      if (first == null && !hasItem) first = item.page();
      hasItem = true;
    }
    if (!text.isEmpty()) drafts.add(new PassageDraft(section, first, text.toString()));
    return drafts;
  }

  /** Returns table passages of at most {@code rowsEach} rows, one row a line. */
  static List<PassageDraft> table(List<String> section, List<Block> rows, int rowsEach) {
    List<PassageDraft> drafts = new ArrayList<>();
    for (int start = 0; start < rows.size(); start += rowsEach) {
      List<Block> chunk = rows.subList(start, Math.min(rows.size(), start + rowsEach));
      List<String> lines = chunk.stream().map(b -> TextCleaner.clean(b.text())).filter(t -> !t.isEmpty()).toList();
      if (!lines.isEmpty()) drafts.add(new PassageDraft(section, chunk.get(0).page(), String.join("\n", lines)));
    }
    return drafts;
  }

  /** Returns the drafts with each fragment shorter than {@code min} merged into a neighbour in its section. */
  static List<PassageDraft> mergeFragments(List<PassageDraft> drafts, int min) {
    List<PassageDraft> merged = new ArrayList<>();
    PassageDraft pending = null;
    for (PassageDraft draft : drafts) {
      if (pending != null && pending.section().equals(draft.section())) {
        draft = new PassageDraft(draft.section(), pending.page(), pending.text() + "\n" + draft.text());
      } else if (pending != null) {
        merged.add(pending);
      }
      pending = null;
      if (draft.text().length() < min) {
        pending = draft;
      } else {
        merged.add(draft);
      }
    }
    if (pending != null) {
      int last = merged.size() - 1;
      if (last >= 0 && merged.get(last).section().equals(pending.section())) {
        PassageDraft previous = merged.get(last);
        merged.set(last, new PassageDraft(previous.section(), previous.page(), previous.text() + "\n" + pending.text()));
      } else {
        merged.add(pending);
      }
    }
    return merged;
  }
}
