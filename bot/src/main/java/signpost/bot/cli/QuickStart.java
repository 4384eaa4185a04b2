package signpost.bot.cli;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs {@code ask} and {@code serve} in a second JVM that starts faster, since {@code java -jar signpost.jar} cannot
 * carry JVM options; this first one loads a handful of classes, passes on signals, and waits. Both load their classes
 * from an application class-data-sharing archive in the cache, made by the first run when it exits. A one-shot
 * {@code ask} also runs only the quick C1 compiler (the optimising one would finish after the answer) and the serial
 * collector, which starts no threads; {@code serve} keeps the JVM's compilers, which pay over a long life, but not its
 * memory defaults (see {@link #SERVE_HEAP}). {@code SIGNPOST_QUICK_START=false} turns it off.
 */
final class QuickStart {

  /** Set in the tuned JVM, so it runs the command instead of starting another. */
  static final String MARKER = "signpost.quickstart";
  private static final String SERIAL_GC = "-XX:+UseSerialGC";
  // A stale or damaged archive is only slower: the JVM says so on standard output, which holds the answer.
  private static final List<String> SHARING = List.of("-Xshare:auto", "-Xlog:cds*=off");
  /**
   * {@code serve}'s heap unless the person sets one. The JVM's default, a quarter of the machine's memory, let a server
   * whose live objects take about 40 MB (the example knowledge, after a full collection) grow to over 1 GB resident under
   * load, its collector putting off work while memory was free; this bound keeps it, launcher included, within 512 MB
   * (docs/performance-server.md). Larger knowledge needs more: {@code java -Xmx512m -jar signpost.jar serve}, or
   * {@code JAVA_TOOL_OPTIONS}.
   */
  static final String SERVE_HEAP = "-Xmx192m";
  /** {@code serve}'s collector on two cores or fewer, unless the person chooses one: it leaves the cores to answering. */
  private static final int SERIAL_UP_TO_PROCESSORS = 2;
  private static final Map<String, List<String>> TUNING = Map.of(
      "ask", List.of("-XX:TieredStopAtLevel=1", SERIAL_GC),
      "serve", List.of(SERVE_HEAP, SERIAL_GC));
  /**
   * {@code serve}'s I/O buffers are not kept per thread. The JDK copies each heap buffer written to or read from a file or
   * socket through a direct buffer it keeps for the thread, as large as the largest so far: H2's commits from the request
   * threads kept 50 MB of them under load (450 buffers in 250 threads). With none kept, each is freed after its call.
   */
  static final String NO_BUFFER_CACHE = "-Djdk.nio.maxCachedBufferSize=0";
  /**
   * {@code serve}'s native heap is handed back to the system every 10 s: the C library keeps what the JVM frees (the
   * compilers' arenas, those buffers) for reuse, and a server grew by it under load. Only on JDKs that have the option,
   * 17.0.9 and later updates of 17, 21.0.1 and later; experimental in some of those, so unlocked first.
   */
  static final List<String> TRIM_NATIVE_HEAP = List.of("-XX:+UnlockExperimentalVMOptions", "-XX:TrimNativeHeapInterval=10000");

  private QuickStart() {}

  /**
   * In the tuned JVM, stops this JVM at once when the launcher that started it is gone: the launcher forwards SIGTERM
   * and waits, so it only goes first when it is killed outright (SIGKILL), and then the server must not go on alone,
   * unseen by whatever killed it. Does nothing in a JVM that was not started by a launcher.
   */
  static void stopWithLauncher() {
    if (System.getProperty(MARKER) == null) return;
    ProcessHandle.current().parent().ifPresent(launcher -> launcher.onExit().thenRun(() -> Runtime.getRuntime().halt(137)));
  }

  /**
   * Returns the command that runs {@code args} in a tuned JVM, or empty when they run here: another command than
   * {@code ask} or {@code serve}, already tuned, switched off, or not started as {@code java [options] -jar signpost.jar}.
   */
  static Optional<Launch> plan(String[] args, Map<String, String> environment) {
    if (args.length == 0 || !TUNING.containsKey(args[0]) || System.getProperty(MARKER) != null) return Optional.empty();
    if ("false".equalsIgnoreCase(environment.get("SIGNPOST_QUICK_START"))) return Optional.empty();
    Path jar = ServerBenchCommand.jar();
    List<String> jvmOptions = jvmOptions();
    if (jar == null || jvmOptions == null) return Optional.empty();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(tuning(args[0], jvmOptions, environment, Runtime.getRuntime().availableProcessors()));
    command.addAll(SHARING);
    Path archive = archive(jar, args, environment);
    Path built = args[0].equals("serve") ? builtArchive(jar) : null;
    Path dumping = null;
    if (archive != null && Files.isRegularFile(archive)) {
      command.add(join("-XX:SharedArchiveFile=", archive));
    } else if (built != null) {
      command.add(join("-XX:SharedArchiveFile=", built));
    } else if (archive != null) {
      dumping = archive.resolveSibling(join(archive.getFileName(), ".", ProcessHandle.current().pid(), ".tmp"));
      command.add(join("-XX:ArchiveClassesAtExit=", dumping));
    }
    command.addAll(jvmOptions); // the person's own options come after, so they win
    command.add(join("-D", MARKER, "=true"));
    command.addAll(List.of("-cp", jar.toString(), Main.class.getName()));
    command.addAll(List.of(args));
    return Optional.of(new Launch(command, dumping, archive));
  }

  /**
   * Returns the options {@code command} runs with before the person's own, leaving out each kind the person set:
   * {@code own} (the options before {@code -jar}) and {@code JAVA_TOOL_OPTIONS} and {@code JDK_JAVA_OPTIONS}, which the
   * JVM reads too (a heap the container image sizes by {@code -XX:MaxRAMPercentage} is kept, not capped). Two collectors
   * stop the JVM, so a person's own collector goes alone; {@code serve} takes the serial one only on few cores.
   */
  static List<String> tuning(String command, List<String> own, Map<String, String> environment, int processors) {
    return tuning(command, own, environment, processors, Runtime.version());
  }

  /** As {@link #tuning(String, List, Map, int)}, for a JVM of {@code version}. */
  static List<String> tuning(String command, List<String> own, Map<String, String> environment, int processors,
                             Runtime.Version version) {
    List<String> person = new ArrayList<>(own);
    for (String variable : List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS")) {
      String value = environment.get(variable);
      if (value != null && !value.isBlank()) person.addAll(List.of(value.strip().split("\\s+")));
    }
    boolean ownCollector = false;
    boolean ownHeap = false;
    boolean ownBuffers = false;
    boolean ownTrim = false;
    for (String option : person) {
      ownCollector |= option.startsWith("-XX:+Use") && option.endsWith("GC");
      // -XX:MaxRAM, -XX:MaxRAMPercentage and -XX:MaxRAMFraction size the heap too.
      ownHeap |= option.startsWith("-Xmx") || option.startsWith("-XX:MaxHeapSize=") || option.startsWith("-XX:MaxRAM");
      ownBuffers |= option.startsWith("-Djdk.nio.maxCachedBufferSize=");
      ownTrim |= option.startsWith("-XX:TrimNativeHeapInterval=");
    }
    boolean fewCores = command.equals("ask") || processors <= SERIAL_UP_TO_PROCESSORS;
    List<String> tuning = new ArrayList<>();
    for (String flag : TUNING.get(command)) {
      if (flag.equals(SERIAL_GC) && (ownCollector || !fewCores) || flag.equals(SERVE_HEAP) && ownHeap) continue;
      tuning.add(flag);
    }
    if (command.equals("serve")) {
      if (!ownBuffers) tuning.add(NO_BUFFER_CACHE);
      if (trimsNativeHeap(version) && !ownTrim) tuning.addAll(TRIM_NATIVE_HEAP);
    }
    return tuning;
  }

  /** Returns whether a JVM of {@code version} has {@code -XX:TrimNativeHeapInterval} (JDK-8293114 and its backports). */
  static boolean trimsNativeHeap(Runtime.Version version) {
    return switch (version.feature()) {
      case 17 -> version.update() >= 9;
      case 18, 19, 20 -> false;
      case 21 -> version.update() >= 1;
      default -> version.feature() > 21;
    };
  }

  /**
   * A tuned JVM to start.
   *
   * @param command its command line
   * @param dumping where it writes the class archive at exit, or null when it reads one
   * @param archive where the archive is kept, or null with no cache
   */
  record Launch(List<String> command, Path dumping, Path archive) {

    /**
     * Runs the command with this process's standard streams and returns its exit code. Stopping this process (SIGTERM,
     * Ctrl-C) stops the child the same way and waits for it, so a server still finishes what it acknowledged.
     */
    int run() throws IOException, InterruptedException {
      if (dumping != null) Files.createDirectories(dumping.getParent());
      Process child = new ProcessBuilder(command).inheritIO().start();
      Thread stop = new Thread(() -> {
        child.destroy();
        try {
          child.waitFor();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        keep();
      });
      Runtime.getRuntime().addShutdownHook(stop);
      // From here this process only waits: what its start-up allocated goes back to the system (a full collection
      // shrinks the heap to what is live), not counted twice against a machine's or a container's memory.
      System.gc();
      int code = child.waitFor();
      Runtime.getRuntime().removeShutdownHook(stop);
      keep();
      return code;
    }

    /** Keeps the archive the child wrote at its exit, if it wrote one; once, whether it ended or was stopped. */
    private synchronized void keep() {
      if (dumping == null) return;
      try {
        if (!Files.isRegularFile(dumping)) return;
        try {
          Files.move(dumping, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(dumping, archive, StandardCopyOption.REPLACE_EXISTING);
        }
        removeOthers();
      } catch (IOException e) {
        // Without the archive the next run is slower, not wrong.
      } finally {
        try {
          Files.deleteIfExists(dumping);
        } catch (IOException e) {
          // As above.
        }
      }
    }

    /**
     * Deletes the archives of earlier builds of the same jar (tens of megabytes each), which no run will read again,
     * and archives left half-kept by a launcher that was killed before it could keep them.
     */
    private void removeOthers() throws IOException {
      String name = archive.getFileName().toString();
      String sameJar = name.substring(0, name.lastIndexOf('-') + 1);
      try (var files = Files.list(archive.getParent())) {
        for (Path other : files.filter(f -> f.getFileName().toString().startsWith(sameJar)).toList()) {
          String file = other.getFileName().toString();
          if (!other.equals(archive) && (file.endsWith(".jsa") || file.endsWith(".tmp"))) Files.deleteIfExists(other);
        }
      }
    }
  }

  /**
   * Returns the archive for this jar and JVM in the cache folder ({@code --cache}, else {@code SIGNPOST_CACHE}, else
   * {@code ~/.cache/signpost}), or null when the cache is {@code none}.
   */
  static Path archive(Path jar, String[] args, Map<String, String> environment) {
    String cache = environment.get("SIGNPOST_CACHE");
    for (int i = 1; i + 1 < args.length; i++) if (args[i].equals("--cache")) cache = args[i + 1];
    if (cache != null && cache.strip().equalsIgnoreCase("none")) return null;
    Path folder = cache == null || cache.isBlank() ? Path.of(System.getProperty("user.home"), ".cache", "signpost")
        : Path.of(cache.strip());
    try {
      String build = join(Files.size(jar), "|", Files.getLastModifiedTime(jar).toMillis(), "|",
          System.getProperty("java.home"), "|", System.getProperty("java.vm.version"));
      String jarKey = name(jar.toAbsolutePath().normalize().toString()).substring(0, 12);
      return folder.resolve("cds").resolve(join(args[0], "-", jarKey, "-", name(build), ".jsa"));
    } catch (IOException e) {
      return null;
    }
  }

  /**
   * Returns {@code serve}'s class archive made when the jar was built ({@link ArchiveTraining}, beside the jar as
   * {@code signpost.serve.jsa}), or null when there is none or it is older than the jar (an earlier build's: the JVM
   * would refuse it, and the first run would then neither read an archive nor make one).
   */
  static Path builtArchive(Path jar) {
    String name = jar.getFileName().toString();
    Path built = jar.resolveSibling(join(name.substring(0, name.length() - ".jar".length()), ".serve.jsa"));
    try {
      return Files.isRegularFile(built) && Files.getLastModifiedTime(built).compareTo(Files.getLastModifiedTime(jar)) >= 0
          ? built : null;
    } catch (IOException e) {
      return null;
    }
  }

  /**
   * Returns the parts written one after another. The launcher runs before anything else, so its path avoids what costs
   * a JVM its first milliseconds: {@code +} on strings (each place spins method handles the first time it runs, about
   * 20 ms here in all), lambdas and streams, and SHA-256 (the security providers, about 30 ms; see {@link #name}).
   */
  static String join(Object... parts) {
    StringBuilder joined = new StringBuilder();
    for (Object part : parts) joined.append(part);
    return joined.toString();
  }

  /**
   * Returns 16 hexadecimal digits naming {@code identity} in a file name: FNV-1a over its characters, 64 bits. Not a
   * digest for trust: two identities would only share an archive the JVM then checks and refuses as stale.
   */
  static String name(String identity) {
    long hash = 0xcbf29ce484222325L;
    for (int i = 0; i < identity.length(); i++) {
      hash ^= identity.charAt(i);
      hash *= 0x100000001b3L;
    }
    String digits = Long.toHexString(hash);
    return "0000000000000000".substring(digits.length()).concat(digits);
  }

  /** Returns the JVM options this process was started with (those before {@code -jar}), or null without {@code -jar}. */
  private static List<String> jvmOptions() {
    Optional<String[]> arguments = ProcessHandle.current().info().arguments();
    if (arguments.isEmpty()) return null;
    List<String> options = new ArrayList<>();
    for (String argument : arguments.get()) {
      if (argument.equals("-jar")) return options;
      options.add(argument);
    }
    return null;
  }
}
