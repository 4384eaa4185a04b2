package signpost.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodeStampTest {

  @TempDir Path classes;

  @Test
  void a_change_to_any_class_of_a_class_folder_changes_its_stamp() throws IOException {
    Path cache = Files.writeString(Files.createDirectories(classes.resolve("signpost/ingest")).resolve("BlockCache.class"), "a");
    Path parser = Files.writeString(classes.resolve("signpost/ingest/PdfParser.class"), "b");
    Files.setLastModifiedTime(cache, FileTime.fromMillis(1_000_000));
    Files.setLastModifiedTime(parser, FileTime.fromMillis(1_000_000));
    String before = CodeStamp.of(classes, CodeStamp.ABOVE_KNOWLEDGE);
    assertEquals(before, CodeStamp.of(classes, CodeStamp.ABOVE_KNOWLEDGE));
    Files.writeString(parser, "b2");
    Files.setLastModifiedTime(parser, FileTime.fromMillis(2_000_000));
    assertNotEquals(before, CodeStamp.of(classes, CodeStamp.ABOVE_KNOWLEDGE));
  }

  @Test
  void a_rebuilt_jar_whose_changes_are_all_downstream_keeps_its_stamp() throws IOException {
    Path jar = jar("signpost.jar", Map.of("signpost/knowledge/ingest/PdfParser.class", "parser", "org/apache/pdfbox/PDDocument.class", "pdfbox",
        "signpost/bot/cli/Main.class", "main", "META-INF/maven/signpost/bot/pom.properties", "#Generated 01:00"));
    String before = CodeStamp.of(jar, CodeStamp.ABOVE_KNOWLEDGE);

    jar("signpost.jar", Map.of("signpost/knowledge/ingest/PdfParser.class", "parser", "org/apache/pdfbox/PDDocument.class", "pdfbox",
        "signpost/bot/cli/Main.class", "main, changed", "signpost/web/chat.js", "new", "META-INF/maven/signpost/bot/pom.properties", "#Generated 02:00"));
    Files.setLastModifiedTime(jar, FileTime.fromMillis(System.currentTimeMillis() + 60_000));

    assertEquals(before, CodeStamp.of(jar, CodeStamp.ABOVE_KNOWLEDGE));
  }

  @Test
  void a_change_to_the_module_or_a_library_in_a_jar_changes_its_stamp() throws IOException {
    Map<String, String> entries = Map.of("signpost/knowledge/ingest/PdfParser.class", "parser", "org/apache/pdfbox/PDDocument.class", "pdfbox");
    String before = CodeStamp.of(jar("a.jar", entries), CodeStamp.ABOVE_KNOWLEDGE);
    String parser = CodeStamp.of(jar("b.jar", Map.of("signpost/knowledge/ingest/PdfParser.class", "parser, fixed",
        "org/apache/pdfbox/PDDocument.class", "pdfbox")), CodeStamp.ABOVE_KNOWLEDGE);
    String library = CodeStamp.of(jar("c.jar", Map.of("signpost/knowledge/ingest/PdfParser.class", "parser",
        "org/apache/pdfbox/PDDocument.class", "pdfbox 3.0.6")), CodeStamp.ABOVE_KNOWLEDGE);
    String rules = CodeStamp.of(jar("d.jar", Map.of("signpost/knowledge/ingest/PdfParser.class", "parser",
        "org/apache/pdfbox/PDDocument.class", "pdfbox", "signpost/rules/Duties.drl", "rule")), CodeStamp.ABOVE_RULES);

    assertNotEquals(before, parser);
    assertNotEquals(before, library);
    assertNotEquals(CodeStamp.of(jar("a.jar", entries), CodeStamp.ABOVE_RULES), rules);
  }

  @Test
  void a_jar_stamp_is_kept_in_the_cache_until_the_jar_changes() throws IOException {
    Path jar = jar("signpost.jar", Map.of("signpost/knowledge/A.class", "a"));
    Path cache = classes.resolve("cache");
    String stamp = CodeStamp.of(jar, CodeStamp.ABOVE_KNOWLEDGE);

    assertEquals(stamp, CodeStamp.of(jar, CodeStamp.ABOVE_KNOWLEDGE, cache));
    try (var kept = Files.list(cache.resolve("stamps"))) {
      assertEquals(List.of(stamp), kept.map(CodeStampTest::read).toList());
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private Path jar(String name, Map<String, String> entries) throws IOException {
    Path jar = classes.resolve(name);
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(jar))) {
      for (Map.Entry<String, String> entry : new TreeMap<>(entries).entrySet()) {
        out.putNextEntry(new ZipEntry(entry.getKey()));
        out.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
      }
    }
    return jar;
  }
}
