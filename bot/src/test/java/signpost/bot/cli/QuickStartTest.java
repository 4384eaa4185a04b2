package signpost.bot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuickStartTest {

  @TempDir Path dir;

  @Test
  void only_ask_and_serve_started_from_the_jar_run_in_a_tuned_jvm() {
    // The tests run from class folders, not signpost.jar, so nothing is started again here.
    assertTrue(QuickStart.plan(new String[] {"ask", "What is due regard?"}, Map.of()).isEmpty());
    assertTrue(QuickStart.plan(new String[] {"serve"}, Map.of()).isEmpty());
    assertTrue(QuickStart.plan(new String[] {"eval", "questions.jsonl"}, Map.of()).isEmpty());
    assertTrue(QuickStart.plan(new String[] {"ask", "x"}, Map.of("SIGNPOST_QUICK_START", "false")).isEmpty());
  }

  @Test
  void a_tuned_jvm_stops_when_its_launcher_is_killed_outright() throws Exception {
    // A shell stands in for the launcher: it starts a JVM marked as tuned, serving, and waits for it.
    String javaCommand = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String serve = String.join(" ", javaCommand, "-D" + QuickStart.MARKER + "=true", "-cp", "'" + System.getProperty("java.class.path") + "'",
        Main.class.getName(), "serve", "--port", "0", "--cache", "none", "--knowledge", "'" + dir + "'");
    ProcessBuilder shell = new ProcessBuilder("sh", "-c", serve + "; true").redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD);
    shell.environment().keySet().removeIf(key -> key.startsWith("SIGNPOST_"));
    shell.environment().put("SIGNPOST_DATA", dir.resolve("data").toString());
    Process launcher = shell.start();
    ProcessHandle server = null;
    for (int i = 0; i < 100 && server == null; i++) {
      server = launcher.descendants().filter(p -> p.info().command().orElse("").endsWith("java")).findFirst().orElse(null);
      if (server == null) Thread.sleep(100);
    }
    assertTrue(server != null, "the JVM did not start");
    try {
      Thread.sleep(1_000);

      launcher.destroyForcibly().waitFor();

      server.onExit().get(20, TimeUnit.SECONDS);
    } finally {
      // Never leave it serving, whatever the test found.
      server.destroyForcibly();
    }
  }

  @Test
  void the_class_archive_is_kept_in_the_cache_named_by_cache_or_signpost_cache() throws IOException {
    Path jar = Files.writeString(dir.resolve("signpost.jar"), "jar");

    Path fromOption = QuickStart.archive(jar, new String[] {"ask", "--cache", dir.resolve("a").toString(), "q"}, Map.of());
    Path fromEnvironment = QuickStart.archive(jar, new String[] {"ask", "q"}, Map.of("SIGNPOST_CACHE", dir.resolve("b").toString()));

    assertEquals(dir.resolve("a").resolve("cds"), fromOption.getParent());
    assertEquals(dir.resolve("b").resolve("cds"), fromEnvironment.getParent());
    assertTrue(fromOption.getFileName().toString().matches("ask-[0-9a-f]{12}-[0-9a-f]{16}\\.jsa"), fromOption.toString());
    assertNull(QuickStart.archive(jar, new String[] {"ask", "--cache", "none", "q"}, Map.of()));
    assertNull(QuickStart.archive(jar, new String[] {"ask", "q"}, Map.of("SIGNPOST_CACHE", "NONE")));
  }

  @Test
  void serve_keeps_an_archive_of_its_own_beside_asks() throws IOException {
    Path jar = Files.writeString(dir.resolve("signpost.jar"), "jar");
    Map<String, String> cache = Map.of("SIGNPOST_CACHE", dir.toString());

    Path serve = QuickStart.archive(jar, new String[] {"serve", "--port", "0"}, cache);
    Path ask = QuickStart.archive(jar, new String[] {"ask", "q"}, cache);

    assertTrue(serve.getFileName().toString().matches("serve-[0-9a-f]{12}-[0-9a-f]{16}\\.jsa"), serve.toString());
    assertEquals(ask.getParent(), serve.getParent());
    assertEquals(ask.getFileName().toString().substring(4), serve.getFileName().toString().substring(6));
  }

  @Test
  void archives_are_named_by_sixteen_hex_digits_that_differ_with_the_identity() {
    assertEquals(QuickStart.name("/opt/signpost.jar|1|2"), QuickStart.name("/opt/signpost.jar|1|2"));
    assertTrue(QuickStart.name("").matches("[0-9a-f]{16}"), QuickStart.name(""));
    assertFalse(QuickStart.name("/opt/signpost.jar|1|2").equals(QuickStart.name("/opt/signpost.jar|1|3")));
    assertEquals("a-1-/tmp", QuickStart.join("a", "-", 1, "-", Path.of("/tmp")));
  }

  @Test
  void a_new_build_of_the_jar_gets_a_new_archive() throws IOException {
    Path jar = Files.writeString(dir.resolve("signpost.jar"), "jar");
    Path before = QuickStart.archive(jar, new String[] {"ask", "q"}, Map.of("SIGNPOST_CACHE", dir.toString()));

    Files.writeString(jar, "a new build");

    Path after = QuickStart.archive(jar, new String[] {"ask", "q"}, Map.of("SIGNPOST_CACHE", dir.toString()));
    assertTrue(!before.equals(after) && before.getFileName().toString().substring(0, 17)
        .equals(after.getFileName().toString().substring(0, 17)), before + " " + after);
  }

  private static final Runtime.Version JDK_17_0_15 = Runtime.Version.parse("17.0.15+6");
  private static final List<String> NATIVE = List.of(QuickStart.NO_BUFFER_CACHE, "-XX:+UnlockExperimentalVMOptions",
      "-XX:TrimNativeHeapInterval=10000");

  private static List<String> serve(List<String> own, Map<String, String> environment, int processors) {
    return QuickStart.tuning("serve", own, environment, processors, JDK_17_0_15);
  }

  private static List<String> with(List<String> first, List<String> then) {
    List<String> all = new java.util.ArrayList<>(first);
    all.addAll(then);
    return all;
  }

  @Test
  void serve_is_given_a_bounded_heap_and_on_few_cores_the_serial_collector_unless_the_person_chose() {
    assertEquals(with(List.of(QuickStart.SERVE_HEAP, "-XX:+UseSerialGC"), NATIVE), serve(List.of(), Map.of(), 2));
    assertEquals(with(List.of(QuickStart.SERVE_HEAP), NATIVE), serve(List.of(), Map.of(), 8));
    assertEquals(with(List.of("-XX:+UseSerialGC"), NATIVE), serve(List.of("-Xmx1g"), Map.of(), 2));
    assertEquals(with(List.of(QuickStart.SERVE_HEAP), NATIVE), serve(List.of("-XX:+UseG1GC"), Map.of(), 2));
  }

  @Test
  void serve_keeps_no_io_buffers_per_thread_and_trims_the_native_heap_unless_the_person_chose() {
    assertEquals(List.of(QuickStart.SERVE_HEAP, "-XX:+UnlockExperimentalVMOptions", "-XX:TrimNativeHeapInterval=10000"),
        serve(List.of("-Djdk.nio.maxCachedBufferSize=262144"), Map.of(), 8));
    assertEquals(List.of(QuickStart.SERVE_HEAP, QuickStart.NO_BUFFER_CACHE),
        serve(List.of(), Map.of("JAVA_TOOL_OPTIONS", "-XX:TrimNativeHeapInterval=0"), 8));
    // ask lives for one answer: neither matters there.
    assertEquals(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"), QuickStart.tuning("ask", List.of(), Map.of(), 2, JDK_17_0_15));
  }

  @Test
  void the_native_heap_is_trimmed_only_on_jdks_that_have_the_option() {
    assertEquals(List.of(QuickStart.SERVE_HEAP, QuickStart.NO_BUFFER_CACHE),
        QuickStart.tuning("serve", List.of(), Map.of(), 8, Runtime.Version.parse("17.0.8+7")));
    assertTrue(QuickStart.trimsNativeHeap(Runtime.Version.parse("17.0.9")));
    assertFalse(QuickStart.trimsNativeHeap(Runtime.Version.parse("20.0.2")));
    assertFalse(QuickStart.trimsNativeHeap(Runtime.Version.parse("21")));
    assertTrue(QuickStart.trimsNativeHeap(Runtime.Version.parse("21.0.1")));
    assertTrue(QuickStart.trimsNativeHeap(Runtime.Version.parse("25")));
  }

  @Test
  void this_jvm_starts_with_serves_native_options() throws Exception {
    List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    command.addAll(QuickStart.tuning("serve", List.of(), Map.of(), 2));
    command.add("-version");
    Process jvm = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(jvm.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);

    assertEquals(0, jvm.waitFor(), output);
  }

  @Test
  void options_the_jvm_reads_from_the_environment_are_the_persons_too() {
    // The container image sizes the heap by its memory limit: that is kept, not capped.
    assertEquals(with(List.of("-XX:+UseSerialGC"), NATIVE), serve(List.of(), Map.of("JAVA_TOOL_OPTIONS", " -XX:MaxRAMPercentage=70 "), 2));
    assertEquals(NATIVE, serve(List.of(), Map.of("JDK_JAVA_OPTIONS", "-XX:MaxHeapSize=300m -XX:+UseParallelGC"), 2));
  }

  @Test
  void ask_keeps_its_quick_compiler_and_the_serial_collector_on_any_machine() {
    assertEquals(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"), QuickStart.tuning("ask", List.of(), Map.of(), 16));
    assertEquals(List.of("-XX:TieredStopAtLevel=1"), QuickStart.tuning("ask", List.of("-XX:+UseZGC"), Map.of(), 16));
  }

  @Test
  void serve_starts_from_the_archive_the_build_made_only_when_it_was_made_after_the_jar() throws IOException {
    Path jar = Files.writeString(dir.resolve("signpost.jar"), "jar");
    assertNull(QuickStart.builtArchive(jar));

    Path archive = Files.writeString(dir.resolve("signpost.serve.jsa"), "archive");
    Files.setLastModifiedTime(archive, java.nio.file.attribute.FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 1_000));
    assertEquals(archive, QuickStart.builtArchive(jar));

    // An earlier build's archive: the jar was written again after it.
    Files.setLastModifiedTime(jar, java.nio.file.attribute.FileTime.fromMillis(Files.getLastModifiedTime(archive).toMillis() + 1_000));
    assertNull(QuickStart.builtArchive(jar));
  }
}
