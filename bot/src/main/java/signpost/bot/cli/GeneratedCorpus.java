package signpost.bot.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import signpost.knowledge.KnowledgeBase;
import signpost.knowledge.LoadOptions;
import signpost.knowledge.Passage;
import signpost.knowledge.search.Hit;

/**
 * Writes a large synthetic knowledge folder for benchmarks: Markdown documents whose sections and
 * paragraphs are real passages of the given folders (or the built-in guide), shuffled with a fixed seed.
 */
final class GeneratedCorpus {

  private static final int SECTIONS = 6;
  private static final int PARAGRAPHS = 5;

  private GeneratedCorpus() {}

  static void write(Path folder, int documents, List<Path> sources) throws IOException {
    List<Passage> pool = pool(sources);
    Random random = new Random(42);
    for (int d = 0; d < documents; d++) {
      StringBuilder md = new StringBuilder("# Generated document ").append(d).append("\n\n");
      for (int s = 0; s < SECTIONS; s++) {
        Passage head = pool.get(random.nextInt(pool.size()));
        md.append("## ").append(head.section().isEmpty() ? "Section " + s : head.section().get(head.section().size() - 1))
            .append("\n\n");
        for (int p = 0; p < PARAGRAPHS; p++) md.append(pool.get(random.nextInt(pool.size())).text()).append("\n\n");
      }
      Files.writeString(folder.resolve(String.format("generated-%04d.md", d)), md, StandardCharsets.UTF_8);
    }
  }

  private static List<Passage> pool(List<Path> sources) {
    try (KnowledgeBase knowledge = KnowledgeBase.load(LoadOptions.of(sources))) {
      List<Passage> pool = new ArrayList<>();
      for (String probe : List.of("equality", "duty", "inclusion", "diversity", "workforce", "community", "objective")) {
        for (Hit hit : knowledge.search(new signpost.knowledge.search.SearchRequest(probe, null, 200)).hits()) {
          pool.add(hit.passage());
        }
      }
      return pool;
    }
  }

  static void delete(Path folder) throws IOException {
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
    }
  }
}
