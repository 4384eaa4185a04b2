package signpost.bot.core;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import signpost.knowledge.KnowledgeBase;
import signpost.knowledge.LoadOptions;

/** Loads the real shared corpus (../shared/corpus) with the built-in guide, once per test class. */
public final class SharedCorpus {

  private static KnowledgeBase shared;
  private static AnswerPipeline pipeline;

  private SharedCorpus() {}

  /**
   * Returns a pipeline without an answer cache over the corpus and the built-in rules, loaded once for every
   * test class that only asks questions; the JVM's exit closes it.
   */
  public static synchronized AnswerPipeline pipeline() {
    if (pipeline == null) pipeline = new AnswerPipeline(shared(), SharedRules.BUILT_IN, AnswerPolicy.DEFAULT);
    return pipeline;
  }

  /** Returns the corpus loaded once for every test class that only reads it; the JVM's exit closes it. */
  public static synchronized KnowledgeBase shared() {
    if (shared == null) shared = load();
    return shared;
  }

  static KnowledgeBase load() {
    return KnowledgeBase.load(LoadOptions.of(List.of(folder().resolve("corpus"))));
  }

  private static Path folder() {
    String property = System.getProperty("signpost.shared");
    for (String candidate : new String[] {property, "../shared", "../../shared"}) {
      if (candidate != null && Files.isDirectory(Path.of(candidate, "corpus"))) return Path.of(candidate);
    }
    throw new IllegalStateException("shared folder not found; set -Dsignpost.shared=<folder>");
  }
}
