package signpost.bot.admin;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import signpost.bot.edi.QuestionGroup;
import signpost.bot.screening.Status;

/**
 * Writes an organisation's figures as CSV (RFC 4180, every field quoted): one row per document with its review state
 * and one with when it was last cited, one per group of questions staff could not find answered (weekly counts, oldest
 * first, and the total), and one per screening status with its count. A field that a spreadsheet would read as a formula is prefixed with
 * an apostrophe.
 */
public final class FiguresCsv {

  static final List<String> HEADER = List.of("organisation", "kind", "item", "detail", "value");

  private FiguresCsv() {}

  /** Returns the CSV of the organisation's figures, header first, lines ending CRLF. */
  public static String write(OrganisationFigures org) {
    StringBuilder out = new StringBuilder();
    row(out, HEADER);
    for (DocumentReview d : org.documents()) {
      row(out, List.of(org.id(), "document", d.title(), d.reviewBy() == null ? "" : d.reviewBy(), d.state().words()));
      row(out, List.of(org.id(), "document cited", d.title(), "", OrganisationSection.lastCited(d.lastCited())));
    }
    for (QuestionGroup group : org.questions()) {
      row(out, List.of(org.id(), "question not found", group.example(),
          group.weekly().stream().map(String::valueOf).collect(Collectors.joining(" ")), String.valueOf(group.count())));
    }
    for (Map.Entry<Status, Long> count : org.screenings().entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
      row(out, List.of(org.id(), "screenings", count.getKey().wireName(), "", String.valueOf(count.getValue())));
    }
    return out.toString();
  }

  private static void row(StringBuilder out, List<String> fields) {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) out.append(',');
      String field = fields.get(i);
      if (!field.isEmpty() && "=+-@\t\r".indexOf(field.charAt(0)) >= 0) field = "'" + field;
      out.append('"').append(field.replace("\"", "\"\"")).append('"');
    }
    out.append("\r\n");
  }
}
