package signpost.knowledge.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import signpost.knowledge.Document;
import signpost.knowledge.KnowledgeException;
import signpost.knowledge.Skipped;

class FolderReaderTest {

  private static final String GOOD_MD = "# Due regard guide\n\n## What due regard means\n\n"
      + "Due regard means giving conscious thought to the aims of the duty before a decision is taken.\n";
  private static final String GOOD_TXT = "Staff networks meet monthly and welcome allies from every service.\n";

  @TempDir Path dir;
  private KnowledgeFolder folder;

  @BeforeEach
  void setUp() {
    folder = new KnowledgeFolder(dir);
  }

  private static Map<String, String> reasons(FolderReader.Result result) {
    return result.skipped().stream()
        .collect(Collectors.toMap(s -> s.file().getFileName().toString(), Skipped::reason));
  }

  private static List<String> files(FolderReader.Result result) {
    return result.documents().stream().map(Document::file).toList();
  }

  @Test
  void good_files_are_read_and_each_bad_file_is_skipped_with_its_reason() {
    folder.write("good.md", GOOD_MD);
    folder.write("notes.txt", GOOD_TXT);
    folder.write("broken.pdf", KnowledgeFolder.noise(2_000));
    folder.write("data.xyz", "some data");
    folder.write("empty.md", "");
    folder.write("big.txt", "Large text. ".repeat(500));

    FolderReader.Result result = new FolderReader(4_000).read(dir);

    assertEquals(List.of("good.md", "notes.txt"), files(result));
    Map<String, String> reasons = reasons(result);
    assertEquals(List.of("big.txt", "broken.pdf", "data.xyz", "empty.md"), reasons.keySet().stream().sorted().toList());
    assertTrue(reasons.get("broken.pdf").startsWith("not a valid PDF: broken.pdf: "), reasons.get("broken.pdf"));
    assertTrue(reasons.get("data.xyz").startsWith("unknown file type; Signpost reads "), reasons.get("data.xyz"));
    assertTrue(reasons.get("data.xyz").contains("docx"), reasons.get("data.xyz"));
    assertEquals("empty file: empty.md", reasons.get("empty.md"));
    assertEquals("larger than the limit of 4000 bytes (6000)", reasons.get("big.txt"));
  }

  @Test
  void skipped_files_keep_their_full_path() {
    Path bad = folder.write("sub/data.xyz", "some data");
    folder.write("good.md", GOOD_MD);

    FolderReader.Result result = new FolderReader(4_000).read(dir);

    assertEquals(List.of(bad), result.skipped().stream().map(Skipped::file).toList());
  }

  @Test
  void manifest_with_a_syntax_error_is_skipped_with_its_line_and_the_files_still_read() {
    folder.write("good.md", GOOD_MD);
    Path manifest = folder.write("manifest.yaml", "organisations:\n  a:\n    name: [A council\ndocuments: []\n");

    FolderReader.Result result = new FolderReader(4_000).read(dir);

    assertEquals(List.of("good.md"), files(result));
    assertEquals(1, result.skipped().size());
    Skipped skipped = result.skipped().get(0);
    assertEquals(manifest, skipped.file());
    assertTrue(skipped.reason().startsWith("manifest.yaml:"), skipped.reason());
    assertTrue(skipped.reason().contains("not valid YAML"), skipped.reason());
  }

  @Test
  void file_not_in_the_manifest_has_no_organisation_and_its_first_heading_as_title() {
    folder.write("good.md", GOOD_MD);
    folder.write("listed.txt", GOOD_TXT);
    folder.write("manifest.yaml", "organisations:\n  a:\n    name: A Council\ndocuments:\n"
        + "  - file: listed.txt\n    organisation: a\n    title: Staff networks\n    kind: guide\n");

    FolderReader.Result result = new FolderReader(4_000).read(dir);

    assertEquals(List.of(
            new Document("good.md", "Due regard guide", null, null, null, null, false),
            new Document("listed.txt", "Staff networks", "a", "guide", null, null, false)),
        result.documents());
    assertEquals(List.of(), result.skipped());
  }

  @Test
  void file_without_heading_or_manifest_entry_is_titled_by_its_name() {
    folder.write("notes.txt", GOOD_TXT);

    FolderReader.Result result = new FolderReader(4_000).read(dir);

    assertEquals("notes.txt", result.documents().get(0).title());
    assertNull(result.documents().get(0).organisation());
  }

  @Test
  void passages_carry_their_document_and_section() {
    folder.write("good.md", GOOD_MD);

    FolderReader.Result result = new FolderReader(4_000).read(dir);

    assertEquals(1, result.passages().size());
    assertEquals("good#0", result.passages().get(0).id());
    assertEquals(List.of("Due regard guide", "What due regard means"), result.passages().get(0).section());
  }

  @Test
  void organisations_folder_and_hidden_files_are_not_read_as_documents() {
    folder.write("good.md", GOOD_MD);
    folder.write("organisations/a.yaml", "id: a\n");
    folder.write(".notes.md", GOOD_MD);

    FolderReader.Result result = new FolderReader(4_000).read(dir);

    assertEquals(List.of("good.md"), files(result));
    assertEquals(List.of(), result.skipped());
  }

  @Test
  void missing_folder_is_not_a_knowledge_folder() {
    Path missing = dir.resolve("missing");

    KnowledgeException e = assertThrows(KnowledgeException.class, () -> new FolderReader(4_000).read(missing));

    assertEquals("not a knowledge folder: " + missing, e.getMessage());
  }
}
