package signpost.bot.teamsapp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The package made from the shipped template, and what becomes of a template with a bad file. */
class TeamsPackageTest {

  private static final PackageValues VALUES = PackageValues.of(ShippedTemplate.BOT_ID, ShippedTemplate.HOST);

  @TempDir Path dir;

  private Map<String, byte[]> packaged() throws IOException {
    Path zip = dir.resolve("signpost-teams.zip");
    TeamsPackage.write(ShippedTemplate.folder(), VALUES, zip);
    return ShippedTemplate.entries(zip);
  }

  private static BufferedImage image(byte[] png) throws IOException {
    return ImageIO.read(new ByteArrayInputStream(png));
  }

  @Test
  void the_zip_holds_the_manifest_and_both_icons_at_its_root() throws IOException {
    assertEquals(List.of("manifest.json", "color.png", "outline.png"), List.copyOf(packaged().keySet()));
  }

  @Test
  void the_manifest_names_the_bot_as_app_and_bot_and_leaves_no_placeholder() throws IOException {
    String text = new String(packaged().get("manifest.json"), StandardCharsets.UTF_8);
    JsonNode manifest = new ObjectMapper().readTree(text);

    assertEquals(ShippedTemplate.BOT_ID, manifest.at("/id").asText());
    assertEquals(ShippedTemplate.BOT_ID, manifest.at("/bots/0/botId").asText());
    assertFalse(text.contains("${"), text);
    assertEquals("[\"signpost.council.gov.uk\"]", manifest.at("/validDomains").toString());
    assertEquals("https://signpost.council.gov.uk/", manifest.at("/developer/websiteUrl").asText());
    assertEquals("https://signpost.council.gov.uk/", manifest.at("/developer/privacyUrl").asText());
  }

  @Test
  void the_icons_are_192_and_32_pixels_and_the_outline_is_white_on_transparent() throws IOException {
    Map<String, byte[]> zip = packaged();
    BufferedImage color = image(zip.get("color.png"));
    BufferedImage outline = image(zip.get("outline.png"));

    assertEquals(List.of(192, 192, 32, 32), List.of(color.getWidth(), color.getHeight(), outline.getWidth(), outline.getHeight()));
    int white = 0;
    for (int y = 0; y < 32; y++) {
      for (int x = 0; x < 32; x++) {
        int argb = outline.getRGB(x, y);
        assertTrue(argb >>> 24 == 0 || (argb & 0xFFFFFF) == 0xFFFFFF, "pixel " + x + "," + y);
        if (argb >>> 24 != 0) white++;
      }
    }
    assertTrue(white > 100, "the outline draws a glyph: " + white + " white pixels");
  }

  @Test
  void the_same_template_and_values_give_the_same_bytes() throws IOException {
    TeamsPackage.write(ShippedTemplate.folder(), VALUES, dir.resolve("a.zip"));
    TeamsPackage.write(ShippedTemplate.folder(), VALUES, dir.resolve("b.zip"));

    assertArrayEquals(Files.readAllBytes(dir.resolve("a.zip")), Files.readAllBytes(dir.resolve("b.zip")));
  }

  @Test
  void a_missing_icon_is_named_and_no_zip_is_left() throws IOException {
    Path template = ShippedTemplate.copy(dir);
    Files.delete(template.resolve("outline.png"));

    TeamsAppException e = assertThrows(TeamsAppException.class, () -> TeamsPackage.write(template, VALUES, dir.resolve("out.zip")));

    assertEquals("the Teams app template has no outline icon: " + template.resolve("outline.png"), e.getMessage());
    assertEquals(List.of("template"), List.of(dir.toFile().list()));
  }

  @Test
  void a_missing_manifest_is_named_and_no_zip_is_left() throws IOException {
    Path template = ShippedTemplate.copy(dir);
    Files.delete(template.resolve("manifest.json"));

    TeamsAppException e = assertThrows(TeamsAppException.class, () -> TeamsPackage.write(template, VALUES, dir.resolve("out.zip")));

    assertEquals("the Teams app template has no manifest.json: " + template.resolve("manifest.json"), e.getMessage());
    assertFalse(Files.exists(dir.resolve("out.zip")));
  }

  @Test
  void an_oversized_colour_icon_is_refused_with_its_size_and_no_zip_is_left() throws IOException {
    Path template = ShippedTemplate.copy(dir);
    ImageIO.write(new BufferedImage(256, 256, BufferedImage.TYPE_INT_RGB), "png", template.resolve("color.png").toFile());

    TeamsAppException e = assertThrows(TeamsAppException.class, () -> TeamsPackage.write(template, VALUES, dir.resolve("out.zip")));

    assertEquals("the color icon is 256×256 pixels; Teams needs 192×192: " + template.resolve("color.png"), e.getMessage());
    assertEquals(List.of("template"), List.of(dir.toFile().list()));
  }

  @Test
  void a_zip_that_cannot_be_written_is_named_and_leaves_no_partial_file() throws IOException {
    Path taken = Files.createDirectories(dir.resolve("taken.zip"));
    Files.writeString(taken.resolve("keep.txt"), "a folder where the zip should go");

    TeamsAppException e = assertThrows(TeamsAppException.class, () -> TeamsPackage.write(ShippedTemplate.folder(), VALUES, taken));

    assertTrue(e.getMessage().startsWith("cannot write " + taken + ": "), e.getMessage());
    assertEquals(List.of("taken.zip"), List.of(dir.toFile().list()));
  }

  @Test
  void a_package_written_again_replaces_the_old_one() throws IOException {
    Path zip = dir.resolve("signpost-teams.zip");
    Files.writeString(zip, "an old package");

    TeamsPackage.write(ShippedTemplate.folder(), VALUES, zip);

    assertEquals(3, ShippedTemplate.entries(zip).size());
    assertEquals(List.of("signpost-teams.zip"), List.of(dir.toFile().list()));
  }
}
