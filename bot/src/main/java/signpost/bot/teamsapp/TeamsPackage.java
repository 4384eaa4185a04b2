package signpost.bot.teamsapp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds the Microsoft Teams app package an admin uploads: the template's {@code manifest.json}, filled with the
 * bot id and host, and its colour and outline icons, all at the root of one zip (Teams reads nothing from folders).
 */
public final class TeamsPackage {

  /** The package's usual file name. */
  public static final String ZIP = "signpost-teams.zip";

  private static final ObjectMapper JSON = new ObjectMapper();

  private TeamsPackage() {}

  /**
   * Fills and checks the template in {@code template} and writes the package to {@code zip}, replacing any file
   * there. Nothing is written unless every check passes.
   *
   * @throws TeamsAppException naming the template file, manifest field or icon at fault, or the zip that could not
   *     be written
   */
  public static void write(Path template, PackageValues values, Path zip) {
    ObjectNode manifest = ManifestTemplate.fill(template, values.placeholders());
    ManifestLimits.check(manifest, values);
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put(ManifestTemplate.FILE, json(manifest));
    for (Icons.Icon icon : Icons.read(template, manifest)) files.put(icon.name(), icon.png());
    PackageZip.write(zip, files);
  }

  private static byte[] json(ObjectNode manifest) {
    try {
      return (JSON.writerWithDefaultPrettyPrinter().writeValueAsString(manifest) + "\n").getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serialises", e);
    }
  }
}
