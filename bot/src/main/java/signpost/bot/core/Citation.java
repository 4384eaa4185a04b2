package signpost.bot.core;

/**
 * Where a sentence of an answer comes from.
 *
 * @param document the file name, e.g. {@code cambridgeshire-edi-strategy-2023-2027.pdf}
 * @param title the document's title
 * @param section the heading path, e.g. {@code "Meeting our public duty > The Equality Act 2010"}
 * @param page the page, or null where the format has no pages
 * @param snippet the matching sentences
 */
public record Citation(String document, String title, String section, Integer page, String snippet) {

  /** Returns the citation as a person reads it: "Title > Section, p. 10". */
  public String label() {
    StringBuilder out = new StringBuilder(title);
    if (section != null && !section.isBlank()) out.append(" > ").append(section);
    if (page != null) out.append(", p. ").append(page);
    return out.toString();
  }
}
