package signpost.bot.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import signpost.knowledge.KnowledgeBase;
import signpost.knowledge.LoadOptions;

/**
 * A folder of one organisation's own documents and a manifest naming them, as an organisation that brings no
 * organisation file has it, loaded into a real index.
 */
final class OwnDocuments {

  /**
   * One Markdown document of the organisation.
   *
   * @param file its file name
   * @param title its title
   * @param kind what kind of document it is ("guidance", "strategy")
   * @param text its Markdown
   */
  record Doc(String file, String title, String kind, String text) {}

  private OwnDocuments() {}

  /** Writes the documents and their manifest into the folder and returns the knowledge loaded from it. */
  static KnowledgeBase load(Path folder, String organisation, String name, Doc... documents) throws IOException {
    StringBuilder manifest = new StringBuilder("organisations:\n  " + organisation + ":\n    name: " + name + "\ndocuments:\n");
    for (Doc doc : documents) {
      manifest.append("  - file: ").append(doc.file()).append("\n    organisation: ").append(organisation)
          .append("\n    title: ").append(doc.title()).append("\n    kind: ").append(doc.kind())
          .append("\n    published: 2025-06\n");
      Files.writeString(folder.resolve(doc.file()), doc.text());
    }
    Files.writeString(folder.resolve("manifest.yaml"), manifest.toString());
    return KnowledgeBase.load(LoadOptions.of(List.of(folder)));
  }
}
