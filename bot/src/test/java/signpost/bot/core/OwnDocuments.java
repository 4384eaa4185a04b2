package signpost.bot.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import signpost.knowledge.KnowledgeBase;
import signpost.knowledge.LoadOptions;
import signpost.knowledge.LoadReport;

/**
 * A folder of one organisation's own documents and a manifest naming them, as an organisation that brings no
 * organisation file has it, loaded into a real index; for tests of answers and of conversations over them.
 */
public final class OwnDocuments {

  /**
   * One Markdown document of the organisation.
   *
   * @param file its file name
   * @param title its title
   * @param kind what kind of document it is ("guidance", "strategy")
   * @param text its Markdown
   */
  public record Doc(String file, String title, String kind, String text) {}

  private OwnDocuments() {}

  /**
   * Returns the organisation's documents as a test class's extension: written to a folder of their own and loaded
   * before its tests ({@code @RegisterExtension static final OwnDocuments.Loaded ORG = OwnDocuments.of(...)}), with a
   * pipeline over the built-in rules; closed and deleted after them.
   */
  public static Loaded of(String organisation, String name, Doc... documents) {
    return new Loaded(organisation, name, documents);
  }

  /** One organisation's documents loaded for a test class: its knowledge and a pipeline answering over it. */
  public static final class Loaded implements BeforeAllCallback, AfterAllCallback {

    private final String organisation;
    private final String name;
    private final Doc[] documents;
    private Path folder;
    private KnowledgeBase knowledge;
    private AnswerPipeline pipeline;

    private Loaded(String organisation, String name, Doc[] documents) {
      this.organisation = organisation;
      this.name = name;
      this.documents = documents.clone();
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
      folder = Files.createTempDirectory("own-documents");
      knowledge = load(folder, organisation, name, documents);
      pipeline = new AnswerPipeline(knowledge, SharedRules.BUILT_IN, AnswerPolicy.DEFAULT);
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
      if (knowledge != null) knowledge.close();
      try (Stream<Path> files = Files.walk(folder)) {
        for (Path file : files.sorted(Comparator.reverseOrder()).toList()) Files.delete(file);
      }
    }

    KnowledgeBase knowledge() {
      return knowledge;
    }

    public AnswerPipeline pipeline() {
      return pipeline;
    }

    /** Returns the answer to a question asked by someone of the organisation. */
    Answer ask(String question) {
      return pipeline.answer(new Question("t", question, organisation));
    }
  }

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
    KnowledgeBase knowledge = KnowledgeBase.load(LoadOptions.of(List.of(folder)));
    // A title the manifest cannot hold ("Cabinet report: library hours") would leave the documents no organisation's.
    LoadReport report = knowledge.report();
    if (!report.skipped().isEmpty() || !report.warnings().isEmpty()) {
      knowledge.close();
      throw new IllegalStateException("the test documents did not load cleanly: " + report.skipped() + " " + report.warnings());
    }
    return knowledge;
  }
}
