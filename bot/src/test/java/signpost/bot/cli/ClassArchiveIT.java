package signpost.bot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
