package signpost.knowledge.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import signpost.knowledge.KnowledgeException;
import signpost.knowledge.org.SharedCorpus;

class ManifestTest {

  @TempDir Path dir;

  @Test
  void shared_manifest_lists_three_organisations_and_five_documents() {
    Manifest manifest = Manifest.load(SharedCorpus.corpus().resolve("manifest.yaml"));

    assertEquals(Map.of("derbyshire", "Derbyshire County Council", "cambridgeshire", "Cambridgeshire County Council",
        "derby-city", "Derby City Council"), manifest.organisationNames());
    assertEquals(List.of("derbyshire", "cambridgeshire", "derby-city"),
        List.copyOf(manifest.organisationNames().keySet()));
    assertEquals(List.of("derbyshire-edi-strategy-2022-2025.pdf", "derbyshire-scrutiny-edi-update-2024-02.pdf",
        "cambridgeshire-edi-strategy-2023-2027.pdf", "cambridgeshire-edi-action-plan-report-2024-01.docx",
        "derby-city-diversity-peer-challenge-2011.html"),
        manifest.documents().stream().map(ManifestEntry::file).toList());
    assertEquals(List.of(), manifest.warnings());
  }

  @Test
  void shared_manifest_entry_keeps_dates_as_written() {
    Manifest manifest = Manifest.load(SharedCorpus.corpus().resolve("manifest.yaml"));

    assertEquals(Optional.of(new ManifestEntry("derbyshire-edi-strategy-2022-2025.pdf", "derbyshire",
        "Equality, Diversity and Inclusion Strategy 2022-2025", "strategy", "2022-04", "2025-03")),
        manifest.entry("derbyshire-edi-strategy-2022-2025.pdf"));
    assertEquals(Optional.of(new ManifestEntry("derby-city-diversity-peer-challenge-2011.html", "derby-city",
        "Derby City Council Diversity Peer Challenge (Excellent Level), March 2011", "peer-review", "2011-03-25", null)),
        manifest.entry("derby-city-diversity-peer-challenge-2011.html"));
    assertEquals(Optional.empty(), manifest.entry("not-listed.pdf"));
  }

  @Test
  void empty_manifest_lists_nothing() throws IOException {
    assertEquals(Manifest.empty(), Manifest.load(write("# nothing yet\n")));
    assertEquals(Map.of(), Manifest.empty().organisationNames());
  }

  @Test
  void broken_yaml_is_reported_with_file_and_line() throws IOException {
    Path file = write("documents:\n  - file: a.pdf\n    title: \"unclosed\n");

    KnowledgeException e = assertThrows(KnowledgeException.class, () -> Manifest.load(file));
    assertEquals("manifest.yaml:4: not valid YAML: found unexpected end of stream "
        + "(while scanning a quoted scalar at line 3)", e.getMessage());
  }

  @Test
  void a_document_without_a_file_is_rejected_at_its_line() throws IOException {
    Path file = write("documents:\n  - file: a.pdf\n  - title: B\n    kind: guide\n");

    KnowledgeException e = assertThrows(KnowledgeException.class, () -> Manifest.load(file));
    assertEquals("manifest.yaml:3: documents[1].file is required", e.getMessage());
  }

  @Test
  void documents_given_as_a_map_are_rejected() throws IOException {
    Path file = write("documents:\n  a.pdf: {title: A}\n");

    KnowledgeException e = assertThrows(KnowledgeException.class, () -> Manifest.load(file));
    assertEquals("manifest.yaml:2: documents must be a list", e.getMessage());
  }

  @Test
  void a_file_listed_twice_is_rejected() throws IOException {
    Path file = write("documents:\n  - file: a.pdf\n  - file: a.pdf\n");

    KnowledgeException e = assertThrows(KnowledgeException.class, () -> Manifest.load(file));
    assertEquals("manifest.yaml:3: documents[1].file repeats a.pdf", e.getMessage());
  }

  @Test
  void an_organisation_without_a_name_is_rejected() throws IOException {
    Path file = write("organisations:\n  foo:\n    short: Foo\n");

    KnowledgeException e = assertThrows(KnowledgeException.class, () -> Manifest.load(file));
    assertEquals("manifest.yaml:3: organisations.foo.name is required", e.getMessage());
  }

  @Test
  void an_unlisted_organisation_and_an_unknown_key_are_warnings() throws IOException {
    Manifest manifest = Manifest.load(write("organisations:\n  foo: {name: Foo}\ndocuments:\n"
        + "  - {file: a.pdf, organisation: bar, pages: 12}\n"));

    assertEquals(Optional.of(new ManifestEntry("a.pdf", "bar", null, null, null, null)), manifest.entry("a.pdf"));
    assertEquals(List.of("manifest.yaml:4: unknown key documents[0].pages ignored",
        "manifest.yaml:4: documents[0].organisation names no organisation in organisations: bar"),
        manifest.warnings());
  }

  private Path write(String yaml) throws IOException {
    return Files.writeString(dir.resolve("manifest.yaml"), yaml);
  }
}
