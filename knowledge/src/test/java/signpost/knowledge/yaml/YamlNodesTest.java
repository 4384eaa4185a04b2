package signpost.knowledge.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import signpost.knowledge.KnowledgeException;

class YamlNodesTest {

  @TempDir Path dir;

  private Path write(String yaml) throws IOException {
    return Files.writeString(dir.resolve("facts.yaml"), yaml);
  }

  @Test
  void a_file_of_only_comments_reads_as_nothing_but_is_an_error_where_a_root_is_required() throws IOException {
    Path file = write("# nothing yet\n");
    YamlNodes yaml = new YamlNodes("facts.yaml");

    assertTrue(yaml.read(file).isEmpty());
    KnowledgeException e = assertThrows(KnowledgeException.class, () -> yaml.readRoot(file));
    assertEquals("facts.yaml:1: the file is empty", e.getMessage());
  }

  @Test
  void a_syntax_error_names_the_file_and_line() throws IOException {
    Path file = write("id: a\nname: [unclosed\n");

    KnowledgeException e = assertThrows(KnowledgeException.class, () -> new YamlNodes("facts.yaml").readRoot(file));
    assertTrue(e.getMessage().startsWith("facts.yaml:3: not valid YAML: "), e.getMessage());
  }

  @Test
  void a_root_that_is_not_a_map_is_rejected() throws IOException {
    Path file = write("- a\n- b\n");

    KnowledgeException e = assertThrows(KnowledgeException.class, () -> new YamlNodes("facts.yaml").readRoot(file));
    assertEquals("facts.yaml:1: the file must be a map", e.getMessage());
  }

  @Test
  void dates_stay_text() throws IOException {
    YamlMap root = new YamlNodes("facts.yaml").readRoot(write("adopted: 2022-03\napproved: 2023-07-18\n"));

    assertEquals("2022-03", root.text("adopted"));
    assertEquals("2023-07-18", root.text("approved"));
  }
}
