package signpost.knowledge;

import java.util.List;
import java.util.Objects;

/**
 * A piece of a document a person would quote: a paragraph, or a short list with its lead-in.
 *
 * @param document the document it comes from
 * @param ordinal its position in the document, from 0
 * @param section the heading path above it, outermost first; empty when the document has none
 * @param page the 1-based page it starts on, or null where the format has no pages
 * @param text the cleaned text
 */
public record Passage(Document document, int ordinal, List<String> section, Integer page, String text) {

  public Passage {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(text, "text");
    section = List.copyOf(section);
    if (page != null && page < 1) throw new IllegalArgumentException("page must be 1 or more: " + page);
  }

  /**
   * Returns true when {@code before} is the passage just before this one in the same (named) section of the same
   * document: it introduces what this one goes on about.
   */
  public boolean introducedBy(Passage before) {
    return !section.isEmpty() && before.document().id().equals(document.id()) && before.ordinal() == ordinal - 1
        && before.section().equals(section);
  }

  /** Returns the heading this passage is under, the last of its section path; empty when it is under none. */
  public String heading() {
    return section.isEmpty() ? "" : section.get(section.size() - 1);
  }

  /** Returns true when {@code other} is under the same (named) section of the same document. */
  public boolean inSameSectionAs(Passage other) {
    return !section.isEmpty() && other.document().id().equals(document.id()) && other.section().equals(section);
  }

  /** Returns the id of this passage, unique across a knowledge base: {@code documentId#ordinal}. */
  public String id() {
    return document.id() + "#" + ordinal;
  }

  /** Returns the heading path joined for display, e.g. {@code "Meeting our public duty > The Act"}. */
  public String sectionPath() {
    return String.join(" > ", section);
  }
}
