package signpost.bot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The class archive the build makes for {@code serve} ({@link ArchiveTraining}) is one the JVM maps for the jar. */
class ClassArchiveIT {

  private static final Path JAR = Path.of(System.getProperty("signpost.jar", "target/signpost.jar"));

  @Test
  void the_build_leaves_a_class_archive_beside_the_jar_that_the_jvm_maps_for_it() throws Exception {
    Path archive = QuickStart.builtArchive(JAR);
    assertNotNull(archive, "no class archive newer than " + JAR);

    // -Xshare:on stops the JVM when the archive cannot be mapped or was made for another jar, where :auto goes on without.
    Run run = run(List.of("-Xshare:on", "-XX:SharedArchiveFile=" + archive, "-Xlog:class+load=info", "-cp", JAR.toString(),
        Main.class.getName(), "help"));

    assertEquals(0, run.code(), run.output());
    // Signpost's own classes, loaded by a start as by this command, come from the archive, not from the jar.
    assertTrue(run.output().contains("signpost.bot.server.Assistant source: shared objects file (top)"), run.output());
  }

  @Test
  void the_archive_holds_what_a_start_from_the_cache_loads_and_not_the_document_parsers() throws Exception {
    Path archive = QuickStart.builtArchive(JAR);
    assertNotNull(archive, "no class archive newer than " + JAR);

    Run run = run(List.of("-XX:SharedArchiveFile=" + archive, "-XX:+PrintSharedArchiveAndExit", "-cp", JAR.toString()));

    assertEquals(0, run.code(), run.output());
    // Asked questions from the cache: the searcher and the web API's classes are in it.
    assertTrue(run.output().contains(" signpost.knowledge.search.PassageSearcher "), "searcher not archived");
    assertTrue(run.output().contains(" signpost.bot.server.AskServlet "), "web API not archived");
    // Parsing documents is left to the jar: every archived class is resident for as long as the server runs.
    assertFalse(run.output().contains("org.apache.pdfbox."), "PDF parser archived");
    assertFalse(run.output().contains("org.apache.poi."), "Word parser archived");
  }

  private record Run(int code, String output) {}

  private static Run run(List<String> options) throws IOException, InterruptedException {
    List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    command.addAll(options);
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(60, TimeUnit.SECONDS)) process.destroyForcibly();
    return new Run(process.exitValue(), output);
  }
}
