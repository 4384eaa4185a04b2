package signpost.bot.teamsapp;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Finds the Teams app template shipped in {@code deploy/teams}, copies it for tests to alter, and reads zips. */
public final class ShippedTemplate {

  public static final String BOT_ID = "6f1c2a4e-3b5d-4e7f-8a9b-0c1d2e3f4a5b";
  public static final String HOST = "signpost.council.gov.uk";
  static final String[] FILES = {"manifest.json", "color.png", "outline.png"};

  private ShippedTemplate() {}

  /** Returns {@code deploy/teams}, from the repository root or the {@code bot} module (where Maven runs tests). */
  public static Path folder() {
    for (String candidate : new String[] {"../deploy/teams", "deploy/teams"}) {
      Path folder = Path.of(candidate);
      if (Files.isRegularFile(folder.resolve("manifest.json"))) return folder;
    }
    throw new IllegalStateException("deploy/teams not found from " + Path.of("").toAbsolutePath());
  }

  /** Returns a copy of the shipped template in {@code dir}/template. */
  static Path copy(Path dir) throws IOException {
    Path copy = Files.createDirectories(dir.resolve("template"));
    for (String file : FILES) Files.copy(folder().resolve(file), copy.resolve(file));
    return copy;
  }

  /** Returns the entries of {@code zip}, name to content, in the zip's order. */
  public static Map<String, byte[]> entries(Path zip) throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (InputStream in = Files.newInputStream(zip); ZipInputStream unzip = new ZipInputStream(in)) {
      for (ZipEntry entry; (entry = unzip.getNextEntry()) != null; ) entries.put(entry.getName(), unzip.readAllBytes());
    }
    return entries;
  }
}
