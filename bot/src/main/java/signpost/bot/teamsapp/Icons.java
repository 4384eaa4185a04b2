package signpost.bot.teamsapp;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;

/** Reads the two icons a manifest names and checks them as Teams does: PNG, 192×192 colour, 32×32 white outline. */
final class Icons {

  /** One icon file, by the name the manifest gives it, which is also its name at the root of the zip. */
  record Icon(String name, byte[] png) {}

  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  private Icons() {}

  /**
   * Returns the colour and outline icons of the template in {@code folder}.
   *
   * @throws TeamsAppException naming the file that is missing, not a PNG, the wrong size, or (the outline) coloured
   */
  static List<Icon> read(Path folder, JsonNode manifest) {
    return List.of(icon(folder, manifest, "color", 192), icon(folder, manifest, "outline", 32));
  }

  private static Icon icon(Path folder, JsonNode manifest, String kind, int size) {
    String name = manifest.at("/icons/" + kind).asText();
    if (name.isBlank() || name.contains("/") || name.contains("\\")) {
      throw new TeamsAppException(ManifestTemplate.FILE + " /icons/" + kind + " must name a file beside it: " + name);
    }
    Path file = folder.resolve(name);
    byte[] png = bytes(file, kind);
    BufferedImage image = image(png, file);
    if (image.getWidth() != size || image.getHeight() != size) {
      throw new TeamsAppException("the " + kind + " icon is " + image.getWidth() + "×" + image.getHeight()
          + " pixels; Teams needs " + size + "×" + size + ": " + file);
    }
    if (kind.equals("outline")) whiteOnTransparent(image, file);
    return new Icon(name, png);
  }

  private static byte[] bytes(Path file, String kind) {
    try {
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new TeamsAppException("the Teams app template has no " + kind + " icon: " + file);
    } catch (IOException e) {
      throw new TeamsAppException("cannot read " + file + ": " + e, e);
    }
  }

  private static BufferedImage image(byte[] png, Path file) {
    try {
      BufferedImage image = png.length > PNG.length && Arrays.equals(png, 0, PNG.length, PNG, 0, PNG.length)
          ? ImageIO.read(new ByteArrayInputStream(png)) : null;
      if (image == null) throw new TeamsAppException("not a PNG image: " + file);
      return image;
    } catch (IOException e) {
      throw new TeamsAppException("not a readable PNG image: " + file + ": " + e.getMessage(), e);
    }
  }

  /** Teams shows the outline icon tinted on its own background, so it may hold only white and transparency. */
  private static void whiteOnTransparent(BufferedImage image, Path file) {
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int argb = image.getRGB(x, y);
        if ((argb >>> 24) != 0 && (argb & 0xFFFFFF) != 0xFFFFFF) {
          throw new TeamsAppException(String.format(
              "the outline icon must be white on transparent; pixel (%d, %d) is ARGB #%08X: %s", x, y, argb, file));
        }
      }
    }
  }
}
