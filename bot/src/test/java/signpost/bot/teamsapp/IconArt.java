package signpost.bot.teamsapp;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Draws the two icons of {@code deploy/teams}: a signpost (a post with two boards pointing opposite ways) in
 * white, on Signpost's blue for the colour icon and on transparency for the outline icon. Antialiasing is off,
 * so the outline has no pixel that is neither white nor transparent, and the drawing is the same on every run.
 * Run {@code main} with the {@code deploy/teams} folder to redraw them.
 */
final class IconArt {

  static final Color BLUE = new Color(0x1D4F91);

  private IconArt() {}

  public static void main(String[] args) throws IOException {
    Path folder = Path.of(args.length > 0 ? args[0] : "deploy/teams");
    ImageIO.write(color(), "png", folder.resolve("color.png").toFile());
    ImageIO.write(outline(), "png", folder.resolve("outline.png").toFile());
  }

  /** Returns the 192×192 colour icon: the glyph, 120 px tall, centred on a full blue square. */
  static BufferedImage color() {
    BufferedImage image = new BufferedImage(192, 192, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = start(image);
    g.setColor(BLUE);
    g.fillRect(0, 0, 192, 192);
    glyph(g, 5, 16);
    g.dispose();
    return image;
  }

  /** Returns the 32×32 outline icon: the glyph in white on transparency. */
  static BufferedImage outline() {
    BufferedImage image = new BufferedImage(32, 32, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = start(image);
    glyph(g, 1, 0);
    g.dispose();
    return image;
  }

  private static Graphics2D start(BufferedImage image) {
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
    return g;
  }

  /** Draws the signpost in white on a 32-unit grid (it fills units 4 to 28), {@code scale} pixels a unit. */
  private static void glyph(Graphics2D g, int scale, int offset) {
    g.setColor(Color.WHITE);
    int[][] shapes = {
        {14, 4, 18, 4, 18, 27, 14, 27},                  // the post
        {11, 26, 21, 26, 21, 28, 11, 28},                // its foot
        {6, 6, 23, 6, 26, 9, 23, 12, 6, 12},             // the upper board, pointing right
        {9, 15, 26, 15, 26, 21, 9, 21, 6, 18}};          // the lower board, pointing left
    for (int[] shape : shapes) {
      Polygon polygon = new Polygon();
      for (int i = 0; i < shape.length; i += 2) polygon.addPoint(offset + shape[i] * scale, offset + shape[i + 1] * scale);
      g.fillPolygon(polygon);
    }
  }
}
