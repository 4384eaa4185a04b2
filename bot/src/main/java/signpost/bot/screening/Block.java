package signpost.bot.screening;

import java.util.List;

/**
 * One part of an exported screening record, which each export draws in its own way. Whatever the manager has not
 * said yet is null (or an empty list), and each export shows it as {@link RecordWords#NOT_RECORDED}.
 */
sealed interface Block {

  /** A labelled value, e.g. "Status: Open"; the value is null when not recorded. */
  record Field(String label, String value) implements Block {}

  /** A paragraph; the text is null when not recorded. */
  record Prose(String text) implements Block {}

  /** A list under an optional lead ("Reasons"); empty when not recorded. */
  record Items(String lead, List<String> items) implements Block {
    public Items {
      items = List.copyOf(items);
    }
  }

  /** A table under its header; empty when not recorded; a null cell is not recorded. */
  record Table(List<String> header, List<List<String>> rows) implements Block {
    public Table {
      header = List.copyOf(header);
      rows = List.copyOf(rows);
    }
  }
}
