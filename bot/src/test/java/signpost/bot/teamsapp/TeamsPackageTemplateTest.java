package signpost.bot.teamsapp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidatorTypeCode;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * The template shipped in {@code deploy/teams}, filled, against Microsoft's schema and what Signpost promises.
 * {@code MicrosoftTeams.v1.22.schema.json} is Microsoft's published schema (MIT), copied unchanged from the
 * {@code @microsoft/app-manifest} package; it is the file at the manifest's {@code $schema} address.
 */
class TeamsPackageTemplateTest {

  private static final String SCHEMA = "https://developer.microsoft.com/json-schemas/teams/v1.22/MicrosoftTeams.schema.json";

  private static JsonNode filled() {
    PackageValues values = PackageValues.of(ShippedTemplate.BOT_ID, ShippedTemplate.HOST);
    JsonNode manifest = ManifestTemplate.fill(ShippedTemplate.folder(), values.placeholders());
    ManifestLimits.check(manifest, values);
    return manifest;
  }

  private static JsonNode schemaJson() throws IOException {
    try (InputStream in = TeamsPackageTemplateTest.class.getResourceAsStream("MicrosoftTeams.v1.22.schema.json")) {
      return new ObjectMapper().readTree(in);
    }
  }

  /** Returns the schema, read as draft 4 plus {@code const}, which Microsoft's draft-4 schema uses for the version. */
  private static JsonSchema schema() throws IOException {
    JsonMetaSchema v4 = JsonMetaSchema.getV4();
    JsonMetaSchema meta = JsonMetaSchema.builder(v4.getIri(), v4).keyword(ValidatorTypeCode.CONST).build();
    JsonSchemaFactory factory = JsonSchemaFactory.builder(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4))
        .metaSchema(meta).build();
    return factory.getSchema(schemaJson());
  }

  @Test
  void the_filled_manifest_conforms_to_microsofts_published_schema() throws IOException {
    assertEquals(Set.of(), schema().validate(filled()));
    assertEquals(SCHEMA, filled().at("/$schema").asText());
  }

  @Test
  void the_schema_check_catches_a_wrong_version_and_a_bad_bot_id() throws IOException {
    ObjectNode broken = (ObjectNode) filled();
    broken.put("manifestVersion", "1.21");
    ((ObjectNode) broken.at("/bots/0")).put("botId", "not-a-guid");

    Set<String> paths = new TreeSet<>();
    schema().validate(broken).forEach(message -> paths.add(message.getInstanceLocation().toString()));

    assertEquals(Set.of("$.bots[0].botId", "$.manifestVersion"), paths);
  }

  @Test
  void the_bot_converses_in_personal_chats_teams_and_group_chats_with_a_command_list_for_each() {
    JsonNode bot = filled().at("/bots/0");
    Set<String> listed = new TreeSet<>();
    for (JsonNode list : bot.path("commandLists")) list.path("scopes").forEach(scope -> listed.add(scope.asText()));

    assertEquals("[\"personal\",\"team\",\"groupChat\"]", bot.path("scopes").toString());
    assertEquals(Set.of("personal", "team", "groupChat"), listed);
    assertEquals(false, bot.path("supportsFiles").asBoolean(true));
    assertEquals(false, bot.path("isNotificationOnly").asBoolean(true));
  }

  @Test
  void every_command_list_starts_with_help_and_offers_the_example_questions() {
    List<String> descriptions = new ArrayList<>();
    for (JsonNode list : filled().at("/bots/0/commandLists")) {
      assertEquals("help", list.at("/commands/0/title").asText());
      list.path("commands").forEach(command -> descriptions.add(command.path("description").asText()));
    }

    assertTrue(descriptions.contains("What does the Public Sector Equality Duty mean for my team?"), descriptions.toString());
    assertTrue(descriptions.stream().anyMatch(d -> d.contains("Do I need an EqIA for cutting day-centre hours?")), descriptions.toString());
  }

  @Test
  void the_description_promises_citations_and_no_language_model() {
    String full = filled().at("/description/full").asText();

    assertTrue(full.contains("cites the document, section and page"), full);
    assertTrue(full.contains("it uses no language model"), full);
  }

  @Test
  void the_shipped_icons_are_the_ones_icon_art_draws() throws IOException {
    assertSamePixels(IconArt.color(), ImageIO.read(ShippedTemplate.folder().resolve("color.png").toFile()));
    assertSamePixels(IconArt.outline(), ImageIO.read(ShippedTemplate.folder().resolve("outline.png").toFile()));
  }

  private static void assertSamePixels(BufferedImage expected, BufferedImage actual) {
    assertEquals(expected.getWidth(), actual.getWidth());
    for (int y = 0; y < expected.getHeight(); y++) {
      for (int x = 0; x < expected.getWidth(); x++) assertEquals(expected.getRGB(x, y), actual.getRGB(x, y), x + "," + y);
    }
  }
}
