package signpost.knowledge.ingest;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

/** Chooses the parser for a file from its extension, ignoring case. */
public final class Parsers {

  private static final Map<String, Supplier<DocumentParser>> BY_EXTENSION = new TreeMap<>(Map.of(
      "pdf", PdfParser::new,
      "docx", DocxParser::new,
      "html", HtmlParser::new,
      "htm", HtmlParser::new,
      "md", MarkdownParser::new,
      "markdown", MarkdownParser::new,
      "txt", TextParser::new));

  private Parsers() {}

  /** Returns the parser for the file's extension, or empty when Signpost cannot read that kind of file. */
  public static Optional<DocumentParser> forFile(Path file) {
    Path name = file.getFileName();
    if (name == null) return Optional.empty();
    String text = name.toString();
    int dot = text.lastIndexOf('.');
    if (dot < 0) return Optional.empty();
    return Optional.ofNullable(BY_EXTENSION.get(text.substring(dot + 1).toLowerCase(Locale.ROOT))).map(Supplier::get);
  }

  /** Returns the extensions Signpost reads, lower case and without the dot, e.g. {@code pdf}. */
  public static Set<String> extensions() {
    return Set.copyOf(BY_EXTENSION.keySet());
  }
}
