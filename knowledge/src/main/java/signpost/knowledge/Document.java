package signpost.knowledge;

import java.util.Objects;

/**
 * A document Signpost has read: a file of an organisation's, or a page of the built-in legal guide.
 *
 * @param file the file name as cited, e.g. {@code cambridgeshire-edi-strategy-2023-2027.pdf}
 * @param title the title a person would recognise
 * @param organisation the id of the organisation that published it, or null when it has none
 * @param kind what sort of document it is (strategy, committee-report, guide, ...), or null
 * @param published when it was published as written in the manifest (e.g. {@code 2023-10}), or null
 * @param reviewBy when it is due for review, or null
 * @param builtIn true for the legal guide and glossary that ship inside Signpost
 */
public record Document(String file, String title, String organisation, String kind,
                       String published, String reviewBy, boolean builtIn) {

  public Document {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(title, "title");
    if (file.isBlank()) throw new IllegalArgumentException("file must not be blank");
  }

  /** Returns the file name without its extension, the document's stable id. */
  public String id() {
    int dot = file.lastIndexOf('.');
    return dot > 0 ? file.substring(0, dot) : file;
  }
}
