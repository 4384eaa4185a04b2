package signpost.knowledge.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import signpost.knowledge.Document;
import signpost.knowledge.DocumentBudget;
import signpost.knowledge.KnowledgeException;
import signpost.knowledge.KnowledgeFiles;
import signpost.knowledge.Passage;
import signpost.knowledge.Skipped;

/** Reads real folders holding what an attacker or a broken export could put there: links, pipes, hostile documents. */
class HostileFilesTest {

  private static final String GOOD_MD = "# Due regard guide\n\n## What due regard means\n\n"
      + "Due regard means giving conscious thought to the aims of the duty before a decision is taken.\n";
  private static final String SECRET = "SLACK_SIGNING_SECRET=abc123-must-never-be-indexed";

  @TempDir Path dir;
  @TempDir Path outside;

  private static Map<String, String> reasons(FolderReader.Result result) {
    return result.skipped().stream()
        .collect(Collectors.toMap(s -> s.file().getFileName().toString(), Skipped::reason));
  }

  private static String allText(FolderReader.Result result) {
    return result.passages().stream().map(Passage::text).collect(Collectors.joining("\n"));
  }

  private static List<String> files(FolderReader.Result result) {
    return result.documents().stream().map(Document::file).toList();
  }

  @Test
  void a_link_to_a_file_outside_the_folder_is_skipped_and_never_read() throws IOException {
    Files.writeString(dir.resolve("good.md"), GOOD_MD);
    Path secret = Files.writeString(outside.resolve("secrets.txt"), SECRET + "\n");
    Files.createSymbolicLink(dir.resolve("env.txt"), secret);
    Files.createSymbolicLink(dir.resolve("environ.txt"), Path.of("/proc/self/environ"));

    FolderReader.Result result = new FolderReader(4_000).read(dir);

    assertEquals(List.of("good.md"), files(result));
    assertTrue(reasons(result).get("env.txt").startsWith("a symbolic link"), reasons(result).toString());
    assertTrue(reasons(result).get("environ.txt").startsWith("a symbolic link"), reasons(result).toString());
    assertFalse(allText(result).contains("SLACK_SIGNING_SECRET"));
  }

  @Test
  void a_link_to_a_folder_outside_is_skipped_and_never_walked() throws IOException {
    Files.writeString(dir.resolve("good.md"), GOOD_MD);
    Files.writeString(outside.resolve("secrets.txt"), SECRET + "\n");
    Files.createSymbolicLink(dir.resolve("elsewhere"), outside);

    FolderReader.Result result = new FolderReader(4_000).read(dir);

    assertEquals(List.of("good.md"), files(result));
    assertTrue(reasons(result).get("elsewhere").startsWith("a symbolic link"), reasons(result).toString());
    assertFalse(allText(result).contains("SLACK_SIGNING_SECRET"));
  }

  @Test
  void a_manifest_that_is_a_link_is_not_read() throws IOException {
    Files.writeString(dir.resolve("good.md"), GOOD_MD);
    Path manifest = Files.writeString(outside.resolve("manifest.yaml"), "documents:\n  - file: good.md\n    title: " + SECRET + "\n");
    Files.createSymbolicLink(dir.resolve("manifest.yaml"), manifest);

    FolderReader.Result result = new FolderReader(4_000).read(dir);

    assertTrue(reasons(result).get("manifest.yaml").contains("a symbolic link"), reasons(result).toString());
    assertFalse(result.documents().get(0).title().contains("SLACK_SIGNING_SECRET"));
  }

  @Test
  @EnabledOnOs(OS.LINUX)
  void a_named_pipe_is_skipped_without_waiting_for_a_writer() throws Exception {
    Files.writeString(dir.resolve("good.md"), GOOD_MD);
    Process mkfifo = new ProcessBuilder("mkfifo", dir.resolve("pipe.txt").toString()).start();
    assertEquals(0, mkfifo.waitFor());

    FolderReader.Result result = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> new FolderReader(4_000).read(dir));

    assertEquals(List.of("good.md"), files(result));
    assertTrue(reasons(result).get("pipe.txt").startsWith("not a regular file"), reasons(result).toString());
  }

  @Test
  @EnabledOnOs(OS.LINUX)
  void a_file_that_reports_size_zero_is_still_read_only_up_to_the_limit() {
    Path environ = Path.of("/proc/self/status");

    KnowledgeException e = assertThrows(KnowledgeException.class, () -> KnowledgeFiles.read(environ, 16));

    assertEquals("larger than the limit of 16 bytes", e.getMessage());
  }

  @Test
  void a_pdf_whose_page_tree_is_nested_twenty_thousand_deep_overflows_the_stack_is_skipped_and_the_rest_is_read()
      throws IOException {
    Files.writeString(dir.resolve("good.md"), GOOD_MD);
    Files.write(dir.resolve("nested.pdf"), nestedPageTreePdf(20_000));

    FolderReader.Result result = new FolderReader(4_000_000).read(dir);

    assertEquals(List.of("good.md"), files(result));
    assertEquals("too deeply nested to read (stack overflow)", reasons(result).get("nested.pdf"));
  }

  @Test
  void a_pdf_of_a_hundred_thousand_nested_arrays_is_skipped_and_the_rest_is_read() throws IOException {
    Files.writeString(dir.resolve("good.md"), GOOD_MD);
    Files.write(dir.resolve("nested.pdf"), nestedArraysPdf(100_000));

    FolderReader.Result result = new FolderReader(4_000_000).read(dir);

    assertEquals(List.of("good.md"), files(result));
    assertTrue(reasons(result).containsKey("nested.pdf"), reasons(result).toString());
  }

  @Test
  void a_document_that_overruns_its_time_is_skipped_and_named_and_the_rest_is_read() throws IOException {
    Files.writeString(dir.resolve("good.md"), GOOD_MD);
    Files.writeString(dir.resolve("one-line.txt"), "Equality matters and duty applies ".repeat(300_000));
    FolderReader reader = new FolderReader(50_000_000, null, new DocumentBudget(Duration.ofMillis(300), 20_000));

    FolderReader.Result result = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> reader.read(dir));

    assertEquals(List.of("good.md"), files(result));
    assertEquals("took longer than the limit of 300 ms to read", reasons(result).get("one-line.txt"));
  }

  @Test
  void a_document_that_needs_more_memory_than_its_budget_is_skipped_and_named_and_the_rest_is_read() throws IOException {
    Files.writeString(dir.resolve("good.md"), GOOD_MD);
    Files.writeString(dir.resolve("large.txt"), "Equality matters and the duty applies here. ".repeat(400_000));
    FolderReader reader = new FolderReader(50_000_000, null, new DocumentBudget(Duration.ofSeconds(30), 1_000_000, 64L << 20));

    FolderReader.Result result = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> reader.read(dir));

    assertEquals(List.of("good.md"), files(result));
    assertEquals("needed more than 64 MB of memory to read", reasons(result).get("large.txt"));
  }

  @Test
  void a_document_of_more_passages_than_its_budget_is_skipped_and_named() throws IOException {
    Files.writeString(dir.resolve("good.md"), GOOD_MD);
    StringBuilder many = new StringBuilder("# Many sections\n\n");
    for (int i = 0; i < 50; i++) many.append("## Section ").append(i).append("\n\nThe duty applies to section ").append(i).append(".\n\n");
    Files.writeString(dir.resolve("many.md"), many);
    FolderReader reader = new FolderReader(4_000_000, null, new DocumentBudget(Duration.ofSeconds(30), 10));

    FolderReader.Result result = reader.read(dir);

    assertEquals(List.of("good.md"), files(result));
    assertTrue(reasons(result).get("many.md").startsWith("gives more than the limit of 10 passages"), reasons(result).toString());
  }

  /** Returns a PDF, written byte by byte, whose one object is {@code depth} arrays inside each other. */
  /** A page tree of {@code depth} nested /Pages nodes, each its own object, over one empty page. */
  private static byte[] nestedPageTreePdf(int depth) {
    StringBuilder pdf = new StringBuilder("%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n");
    for (int node = 2; node < depth + 2; node++) {
      pdf.append(node).append(" 0 obj\n<< /Type /Pages /Kids [").append(node + 1).append(" 0 R] /Count 1");
      if (node > 2) pdf.append(" /Parent ").append(node - 1).append(" 0 R");
      pdf.append(" >>\nendobj\n");
    }
    int leaf = depth + 2;
    pdf.append(leaf).append(" 0 obj\n<< /Type /Page /Parent ").append(leaf - 1)
        .append(" 0 R /MediaBox [0 0 612 792] >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");
    return pdf.toString().getBytes(StandardCharsets.US_ASCII);
  }

  private static byte[] nestedArraysPdf(int depth) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String header = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
        + "2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n"
        + "3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Annots ";
    out.writeBytes(header.getBytes(StandardCharsets.US_ASCII));
    out.writeBytes("[".repeat(depth).getBytes(StandardCharsets.US_ASCII));
    out.writeBytes("]".repeat(depth).getBytes(StandardCharsets.US_ASCII));
    out.writeBytes(" >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
    return out.toByteArray();
  }
}
