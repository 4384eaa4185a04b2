package signpost.knowledge.legal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import signpost.knowledge.Document;
import signpost.knowledge.Passage;
import signpost.knowledge.ingest.Block;
import signpost.knowledge.ingest.MarkdownParser;
import signpost.knowledge.ingest.Passager;

/**
 * The built-in documents: the Signpost legal guide (Equality Act 2010, the PSED, the specific duties in
 * England, Wales and Scotland, the socio-economic duty, due regard) and the glossary of EDI terms.
 */
public final class LegalGuide {

  /** The built-in documents, by resource file name and title. */
  static final List<Document> DOCUMENTS = List.of(
      builtIn("signpost-legal-guide.md", "Signpost legal guide", "guide"),
      builtIn("signpost-glossary.md", "Signpost glossary", "glossary"));

  private static final String FOLDER = "/signpost/legal/";

  private LegalGuide() {}

  /** Returns the built-in documents. */
  public static List<Document> documents() {
    return DOCUMENTS;
  }

  /** Returns the passages of every built-in document. */
  public static List<Passage> passages() {
    List<Passage> passages = new ArrayList<>();
    for (Document document : DOCUMENTS) {
      List<Block> blocks = new MarkdownParser().parseText(read(document.file()));
      passages.addAll(new Passager().passages(document, withoutTitle(blocks)));
    }
    return passages;
  }

  /** Drops the document's own "# Title" so sections start at the first real heading. */
  private static List<Block> withoutTitle(List<Block> blocks) {
    if (!blocks.isEmpty() && blocks.get(0).kind() == Block.Kind.HEADING && blocks.get(0).level() == 1) {
      return blocks.subList(1, blocks.size());
    }
    return blocks;
  }

  private static String read(String file) {
    try (InputStream in = LegalGuide.class.getResourceAsStream(FOLDER + file)) {
      if (in == null) throw new IllegalStateException("missing built-in document " + FOLDER + file);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + FOLDER + file, e);
    }
  }

  private static Document builtIn(String file, String title, String kind) {
    return new Document(file, title, null, kind, "2026-11", null, true);
  }
}
