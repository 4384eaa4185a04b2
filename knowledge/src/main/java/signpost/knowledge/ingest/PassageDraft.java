package signpost.knowledge.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** A passage before it is numbered: its section path, first page and text. */
record PassageDraft(List<String> section, Integer page, String text) {

  private static final int MAX_REPEATED_LEAD_CHARS = 300;
  private static final Pattern CLAUSE = Pattern.compile("^\\(?\\d{1,2}(\\.\\d{1,2})+\\)?\\s");

  /**
   * Returns list passages: the lead-in (repeated on each chunk) and items as "- item" lines. Items that
   * lead into others (ending in ":") or open a numbered clause ("2.3 ...") start a group; a group that
   * does not fit in the current chunk starts the next, and a chunk that must break inside a group
   * repeats the group's lead-in when it is short.
   */
  static List<PassageDraft> list(List<String> section, Integer page, String leadIn, List<Block> items, int max) {
    Chunker chunker = new Chunker(section, page, leadIn == null ? "" : leadIn, max);
    for (List<Block> group : groups(items)) chunker.addGroup(group);
    return chunker.finish();
  }

  /** Returns the items cut into groups, each starting at an item that leads in or opens a numbered clause. */
  private static List<List<Block>> groups(List<Block> items) {
    List<List<Block>> groups = new ArrayList<>();
    for (Block item : items) {
      String text = TextCleaner.clean(item.text());
      if (text.isEmpty()) continue;
      boolean starts = groups.isEmpty() || LeadIns.isLeadIn(text) || CLAUSE.matcher(text).find();
      if (starts) groups.add(new ArrayList<>());
      groups.get(groups.size() - 1).add(item);
    }
    return groups;
  }

  /** Packs groups of items into chunks of at most {@code max} characters where it can. */
  private static final class Chunker {
    private final List<String> section;
    private final String leadIn;
    private final int max;
    private final List<PassageDraft> drafts = new ArrayList<>();
    private StringBuilder text;
    private Integer first;
    private boolean hasItem;

    Chunker(List<String> section, Integer page, String leadIn, int max) {
      this.section = section;
      this.leadIn = leadIn;
      this.max = max;
      this.text = new StringBuilder(leadIn);
      this.first = page;
    }

    void addGroup(List<Block> group) {
      List<String> lines = group.stream().map(b -> "- " + TextCleaner.clean(b.text())).toList();
      int length = lines.stream().mapToInt(l -> l.length() + 1).sum();
      if (hasItem && text.length() + length > max) flush("");
      String groupLead = LeadIns.isLeadIn(lines.get(0)) && lines.get(0).length() <= MAX_REPEATED_LEAD_CHARS
          ? lines.get(0) : "";
      for (int i = 0; i < lines.size(); i++) {
        if (hasItem && text.length() + lines.get(i).length() + 1 > max) flush(i == 0 ? "" : groupLead);
        append(lines.get(i), group.get(i).page());
      }
    }

    private void append(String line, Integer page) {
      if (!text.isEmpty()) text.append('\n');
      text.append(line);
      if (first == null && !hasItem) first = page;
      hasItem = true;
    }

    private void flush(String groupLead) {
      drafts.add(new PassageDraft(section, first, text.toString()));
      text = new StringBuilder(leadIn);
      if (!groupLead.isEmpty()) text.append(text.isEmpty() ? "" : "\n").append(groupLead);
      first = null;
      hasItem = false;
    }

    List<PassageDraft> finish() {
      if (!text.isEmpty()) drafts.add(new PassageDraft(section, first, text.toString()));
      return drafts;
    }
  }

  /**
   * Returns table passages of at most {@code rowsEach} rows, one row a line, each after the text of
   * {@code leadIn} (the sentence that introduces the table) when it has any, and in its section.
   */
  static List<PassageDraft> table(PassageDraft leadIn, List<Block> rows, int rowsEach) {
    List<PassageDraft> drafts = new ArrayList<>();
    for (int start = 0; start < rows.size(); start += rowsEach) {
      List<Block> chunk = rows.subList(start, Math.min(rows.size(), start + rowsEach));
      List<String> lines = new ArrayList<>();
      if (!leadIn.text().isEmpty()) lines.add(leadIn.text());
      chunk.stream().map(b -> TextCleaner.clean(b.text())).filter(t -> !t.isEmpty()).forEach(lines::add);
      Integer page = start == 0 && !leadIn.text().isEmpty() ? leadIn.page() : chunk.get(0).page();
      if (lines.size() > (leadIn.text().isEmpty() ? 0 : 1)) {
        drafts.add(new PassageDraft(leadIn.section(), page, String.join("\n", lines)));
      }
    }
    return drafts;
  }

  /**
   * Returns the drafts with each fragment shorter than {@code min} merged into a neighbour in its section:
   * the next draft, or the one before when the next is in another section.
   */
  static List<PassageDraft> mergeFragments(List<PassageDraft> drafts, int min) {
    List<PassageDraft> merged = new ArrayList<>();
    PassageDraft pending = null;
    for (PassageDraft draft : drafts) {
      if (pending != null && pending.section().equals(draft.section())) {
        draft = new PassageDraft(draft.section(), pending.page(), pending.text() + "\n" + draft.text());
      } else if (pending != null) {
        appendBack(merged, pending);
      }
      pending = null;
      if (draft.text().length() < min) {
        pending = draft;
      } else {
        merged.add(draft);
      }
    }
    if (pending != null) appendBack(merged, pending);
    return merged;
  }

  /** Adds the fragment to the end of the last draft when that is in its section, else on its own. */
  private static void appendBack(List<PassageDraft> merged, PassageDraft fragment) {
    int last = merged.size() - 1;
    if (last >= 0 && merged.get(last).section().equals(fragment.section())) {
      PassageDraft previous = merged.get(last);
      merged.set(last, new PassageDraft(previous.section(), previous.page(), previous.text() + "\n" + fragment.text()));
    } else {
      merged.add(fragment);
    }
  }
}
