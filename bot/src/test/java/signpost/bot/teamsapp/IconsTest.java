package signpost.bot.teamsapp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IconsTest {

  @TempDir Path dir;

  private static JsonNode manifest(String color, String outline) throws IOException {
    return new ObjectMapper().readTree("{\"icons\": {\"color\": \"" + color + "\", \"outline\": \"" + outline + "\"}}");
  }

  private String refusal(JsonNode manifest) {
    return assertThrows(TeamsAppException.class, () -> Icons.read(dir, manifest)).getMessage();
  }

  private void write(BufferedImage image, String name) throws IOException {
    ImageIO.write(image, "png", dir.resolve(name).toFile());
  }

  @Test
  void the_icons_are_returned_by_their_manifest_names_with_their_bytes() throws IOException {
    write(IconArt.color(), "c.png");
    write(IconArt.outline(), "o.png");

    List<Icons.Icon> icons = Icons.read(dir, manifest("c.png", "o.png"));

    assertEquals(List.of("c.png", "o.png"), icons.stream().map(Icons.Icon::name).toList());
    assertEquals(Files.size(dir.resolve("o.png")), icons.get(1).png().length);
  }

  @Test
  void an_outline_with_a_coloured_pixel_is_refused_naming_the_pixel() throws IOException {
    write(IconArt.color(), "color.png");
    BufferedImage outline = IconArt.outline();
    outline.setRGB(5, 7, 0xFF1D4F91);
    write(outline, "outline.png");

    assertEquals("the outline icon must be white on transparent; pixel (5, 7) is ARGB #FF1D4F91: " + dir.resolve("outline.png"),
        refusal(manifest("color.png", "outline.png")));
  }

  @Test
  void a_file_that_is_not_a_png_is_refused() throws IOException {
    ImageIO.write(IconArt.color(), "jpg", dir.resolve("color.png").toFile());

    assertEquals("not a PNG image: " + dir.resolve("color.png"), refusal(manifest("color.png", "outline.png")));
  }

  @Test
  void an_icon_in_a_subfolder_is_refused_because_teams_reads_only_the_zip_root() throws IOException {
    assertEquals("manifest.json /icons/color must name a file beside it: icons/color.png",
        refusal(manifest("icons/color.png", "outline.png")));
  }

  @Test
  void an_outline_of_the_wrong_size_is_refused_with_its_size() throws IOException {
    write(IconArt.color(), "color.png");
    write(new BufferedImage(48, 48, BufferedImage.TYPE_INT_ARGB), "outline.png");

    assertEquals("the outline icon is 48×48 pixels; Teams needs 32×32: " + dir.resolve("outline.png"),
        refusal(manifest("color.png", "outline.png")));
  }
}
