package signpost.knowledge.ingest;

import java.util.Objects;

/**
 * What the manifest says about one document file. Dates stay as written, e.g. {@code 2022-04}.
 *
 * @param file the file name, e.g. {@code cambridgeshire-edi-strategy-2023-2027.pdf}
 * @param organisation the id of the organisation that published it, or null
 * @param title its title, or null to use its first heading
 * @param kind what sort of document it is, e.g. {@code strategy}, or null
 * @param published when it was published, or null
 * @param reviewBy when it is due for review, or null
 */
public record ManifestEntry(String file, String organisation, String title, String kind,
                            String published, String reviewBy) {

  public ManifestEntry {
    Objects.requireNonNull(file, "file");
    if (file.isBlank()) throw new IllegalArgumentException("file must not be blank");
  }
}
