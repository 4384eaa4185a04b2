package signpost.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnownOrganisationsTest {

  @TempDir Path dir;

  private KnowledgeBase load() throws IOException {
    Files.writeString(dir.resolve("manifest.yaml"), "organisations:\n  north:\n    name: North Borough Council\n"
        + "  south:\n    name: South County Council\ndocuments:\n  - file: plan.md\n    organisation: north\n"
        + "  - file: east.md\n    organisation: east\n");
    Files.writeString(dir.resolve("plan.md"), "# Plan\n\n## Aims\n\nThe council publishes equality objectives every four years.\n");
    Files.writeString(dir.resolve("east.md"), "# East\n\n## Aims\n\nThe east council trains every manager in equality.\n");
    Files.createDirectories(dir.resolve("organisations"));
    Files.writeString(dir.resolve("organisations/west.yaml"), "id: west\nname: West District Council\naliases: [Westside]\n");
    return KnowledgeBase.load(new LoadOptions(List.of(dir), null, LoadOptions.DEFAULT_MAX_FILE_BYTES, false, null));
  }

  @Test
  void organisations_are_known_from_the_manifest_the_organisation_files_and_the_documents() throws IOException {
    try (KnowledgeBase knowledge = load()) {
      assertEquals(List.of("east", "north", "south", "west"), knowledge.knownOrganisations().ids());
      assertEquals(Map.of("east", "east", "north", "North Borough Council", "south", "South County Council",
          "west", "West District Council"), knowledge.knownOrganisations().names());
    }
  }

  @Test
  void an_id_name_or_alias_in_any_case_resolves_to_the_id() throws IOException {
    try (KnowledgeBase knowledge = load()) {
      assertEquals("north", knowledge.resolveOrganisation("North"));
      assertEquals("north", knowledge.resolveOrganisation("  north borough   COUNCIL "));
      assertEquals("south", knowledge.resolveOrganisation("South County Council"));
      assertEquals("west", knowledge.resolveOrganisation("WESTSIDE"));
    }
  }

  @Test
  void null_or_blank_names_no_organisation() throws IOException {
    try (KnowledgeBase knowledge = load()) {
      assertNull(knowledge.resolveOrganisation(null));
      assertNull(knowledge.resolveOrganisation("  "));
    }
  }

  @Test
  void an_unknown_organisation_is_an_error_listing_the_known_ids() throws IOException {
    try (KnowledgeBase knowledge = load()) {
      UnknownOrganisationException e = assertThrows(UnknownOrganisationException.class,
          () -> knowledge.resolveOrganisation("Atlantis "));

      assertEquals("unknown organisation: Atlantis; known: east, north, south, west", e.getMessage());
      assertEquals(List.of("east", "north", "south", "west"), e.known());
    }
  }

  @Test
  void an_id_wins_over_another_organisations_name() {
    KnownOrganisations known = KnownOrganisations.of(Map.of(), Map.of("a", "B", "b", "Bee Council"), List.of());

    assertEquals("b", known.resolve("B"));
    assertEquals("b", known.resolve("bee council"));
    assertEquals("a", known.resolve("A"));
  }
}
