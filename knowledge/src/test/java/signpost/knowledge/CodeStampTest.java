package signpost.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
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
    String before = CodeStamp.of(classes);
    assertEquals(before, CodeStamp.of(classes));
    Files.writeString(parser, "b2");
    Files.setLastModifiedTime(parser, FileTime.fromMillis(2_000_000));
    assertNotEquals(before, CodeStamp.of(classes));
  }

  @Test
  void a_jar_is_stamped_by_its_size_and_time() throws IOException {
    Path jar = Files.writeString(classes.resolve("signpost.jar"), "jar");
    String before = CodeStamp.of(jar);
    Files.writeString(jar, "jar, rebuilt");
    assertNotEquals(before, CodeStamp.of(jar));
  }
}
