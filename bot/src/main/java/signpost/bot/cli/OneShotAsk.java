package signpost.bot.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import signpost.bot.core.Question;

/**
 * Times {@code java -jar signpost.jar ask} as someone at the command line runs it: a fresh JVM per question, with
 * the caches that the runs before it filled.
 */
final class OneShotAsk {

  private static final List<String> PASSED_ON = List.of("--knowledge", "--rules", "--cache", "--max-file-mb", "--config");

  private OneShotAsk() {}

  /**
   * Runs {@code ask} {@code runs} times in child JVMs (the first fills the caches), prints the wall times and
   * returns their median in milliseconds after the first, or -1 when not running from the jar.
   */
  static long report(List<Question> questions, Args args, int runs, Console console) {
    Path jar = ServerBenchCommand.jar();
    if (jar == null) {
      console.out().println("one-shot ask: skipped (not running from signpost.jar)");
      return -1;
    }
    Question question = questions.stream().filter(q -> q.organisation() != null).findFirst().orElse(questions.get(0));
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", jar.toString(), "ask"));
    if (question.organisation() != null) command.addAll(List.of("--org", question.organisation()));
    for (String option : PASSED_ON) {
      for (Path value : args.paths(option)) command.addAll(List.of(option, value.toString()));
    }
    command.add(question.text());
    List<Long> millis = new ArrayList<>();
    try {
      for (int i = 0; i <= runs; i++) millis.add(run(command));
    } catch (IOException e) {
      console.out().println("one-shot ask: failed: " + e.getMessage());
      return -1;
    }
    List<Long> warm = new ArrayList<>(millis.subList(1, millis.size()));
    warm.sort(null);
    console.out().printf("one-shot ask (java -jar signpost.jar ask, a fresh JVM each): first %d ms, then %s ms, median %d ms"
        + " [target <= 1500 ms]%n", millis.get(0), millis.subList(1, millis.size()), warm.get(warm.size() / 2));
    return warm.get(warm.size() / 2);
  }

  private static long run(List<String> command) throws IOException {
    Path errors = Files.createTempFile("signpost-one-shot", ".err");
    try {
      return run(command, errors);
    } finally {
      Files.deleteIfExists(errors);
    }
  }

  private static long run(List<String> command, Path errors) throws IOException {
    long start = System.nanoTime();
    Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(errors.toFile()).start();
    try {
      if (!process.waitFor(2, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new IOException("ask took over 2 minutes: " + command);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while timing " + command, e);
    }
    if (process.exitValue() != 0) {
      List<String> lines = Files.readAllLines(errors);
      String last = lines.isEmpty() ? "nothing on standard error" : lines.get(lines.size() - 1);
      throw new IOException("ask exited " + process.exitValue() + " (" + last + "): " + command);
    }
    return (System.nanoTime() - start) / 1_000_000;
  }
}
