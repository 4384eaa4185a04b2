package signpost.knowledge.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import signpost.knowledge.KnowledgeException;

class YamlMapTest {

  @TempDir Path dir;

  private YamlMap read(String yaml, YamlNodes nodes) throws IOException {
    return nodes.readRoot(Files.writeString(dir.resolve("facts.yaml"), yaml));
  }

  @Test
  void keys_never_read_are_warned_about_with_their_path_and_line() throws IOException {
    YamlNodes nodes = new YamlNodes("facts.yaml");
    YamlMap root = read("id: a\ncontacts:\n  - name: X\n    colour: red\nmood: fine\n", nodes);

    root.text("id");
    root.maps("contacts").forEach(contact -> {
      contact.text("name");
      contact.warnUnknownKeys();
    });
    root.warnUnknownKeys();

    assertEquals(List.of("facts.yaml:4: unknown key contacts[0].colour ignored", "facts.yaml:5: unknown key mood ignored"),
        nodes.warnings());
  }

  @Test
  void a_source_may_be_one_text_or_a_list() throws IOException {
    YamlMap root = read("one: {source: a}\nmany: {source: [a, b]}\n", new YamlNodes("facts.yaml"));

    assertEquals(List.of("a"), root.map("one").orElseThrow().sources());
    assertEquals(List.of("a", "b"), root.map("many").orElseThrow().sources());
  }

  @Test
  void a_missing_required_key_and_a_duplicate_key_name_their_line() throws IOException {
    YamlMap root = read("items:\n  - kind: x\n", new YamlNodes("facts.yaml"));
    KnowledgeException missing = assertThrows(KnowledgeException.class, () -> root.maps("items").get(0).text("name"));
    KnowledgeException duplicate = assertThrows(KnowledgeException.class,
        () -> read("id: a\nid: b\n", new YamlNodes("facts.yaml")));

    assertEquals("facts.yaml:2: items[0].name is required", missing.getMessage());
    assertEquals("facts.yaml:2: duplicate key id", duplicate.getMessage());
  }

  @Test
  void a_null_value_counts_as_absent() throws IOException {
    YamlMap root = read("title: ~\nlist:\n", new YamlNodes("facts.yaml"));

    assertEquals(Optional.empty(), root.value("title"));
    assertEquals(List.of(), root.texts("list"));
  }
}
