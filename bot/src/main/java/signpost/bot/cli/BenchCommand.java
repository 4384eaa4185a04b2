package signpost.bot.cli;

import java.io.IOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import signpost.bot.config.Config;
import signpost.bot.core.AnswerPipeline;
import signpost.bot.core.AnswerPolicy;
import signpost.bot.core.Question;
import signpost.bot.eval.QuestionFile;
import signpost.bot.server.Assistant;
import signpost.knowledge.KnowledgeBase;
import signpost.knowledge.LoadOptions;
import signpost.rules.engine.RuleBase;

/**
 * {@code bench [--knowledge DIR]... [--questions FILE] [--documents N] [--rounds N]}: measures index build
 * time, in-process {@code ask} latency (p50/p99, warm: after at least 5 s of asking) over a question file,
 * with the heap allocated per ask and the collections meanwhile, and index time and query p99 on a
 * generated corpus of N documents; prints each figure beside its target.
 */
final class BenchCommand {

  static final String USAGE = "usage: signpost bench [--knowledge DIR]... [--questions FILE] [--documents N] [--rounds N] [--one-shots N]";
  private static final Path DEFAULT_QUESTIONS = Path.of("..", "shared", "eval", "dev.jsonl");
  /**
   * How long the questions are asked before timing starts: "warm" means the JIT has compiled the hot
   * paths, and on two cores it is still compiling (and recompiling) Lucene's for several seconds.
   */
  private static final Duration WARM_UP = Duration.ofSeconds(5);
  private static final int WARM_UP_ROUNDS = 20;

  private BenchCommand() {}

  static int run(List<String> argv, Console console) throws IOException {
    Args args = Args.parse(argv, Setup.options("--questions", "--documents", "--rounds", "--one-shots"), Set.of());
    Config config = Setup.config(args).withAnswerCache(0);
    List<Path> folders = config.knowledge();
    Path questionsFile = args.value("--questions") == null ? DEFAULT_QUESTIONS : Path.of(args.value("--questions"));
    List<Question> questions = QuestionFile.read(questionsFile).stream()
        .map(q -> new Question(q.id(), q.question(), q.organisation())).toList();
    int documents = integer(args.value("--documents"), 1000);
    int rounds = integer(args.value("--rounds"), 50);

    long rulesStart = System.nanoTime();
    RuleBase rules = RuleBase.builtIn();
    long rulesFirst = System.nanoTime() - rulesStart;
    console.out().printf("rule base build: %.0f ms at start (cold JVM), median %.0f ms over 3 rebuilds, %d rules%n",
        rulesFirst / 1e6, RulesBench.build(3).median() / 1e6, rules.ruleNames().size());
    console.out().printf("JVM: %d cores, max heap %d MB, collectors %s%n", Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20, ThreadMeter.collectors());
    Timing build = Timing.of(5, () -> KnowledgeBase.load(LoadOptions.of(folders)).close());
    console.out().printf("corpus index build: median %.0f ms over 5 builds (%s) [target <= 2000 ms]%n",
        build.median() / 1e6, folders);
    // Before the timed asks, so the child JVMs do not share the cores with this one's JIT.
    long oneShot = OneShotAsk.report(questions, args, integer(args.value("--one-shots"), 5), console);
    // The timed asks go through the same assistant as every command: the knowledge and rules as configured.
    try (Assistant assistant = Assistant.start(config)) {
      AnswerPipeline pipeline = assistant.pipeline();
      Rounds ask = askLatency(pipeline, questions, rounds);
      console.out().printf("ask latency over %d questions x %d rounds: p50 %.3f ms, p99 %.3f ms [target p99 <= 5 ms]%n",
          questions.size(), rounds, ask.latencies().percentile(50) / 1e6, ask.latencies().percentile(99) / 1e6);
      console.out().printf("slowest questions (median of their rounds), where the p99 comes from: %s%n",
          String.join(", ", slowest(ask.latencies(), questions, SLOWEST_SHOWN)));
      console.out().printf("ask p99 in a warm JVM %.3f ms; one-shot ask from the command line (fresh JVM, median) %s [target <= 1500 ms]%n",
          ask.latencies().percentile(99) / 1e6, oneShot < 0 ? "not measured" : oneShot + " ms");
      printHeap(console, "ask", ask);
      RulesBench.report(pipeline, assistant.rules(), questions, rounds, console);
      generated(assistant, folders, questions, documents, rounds, console);
    }
    return 0;
  }

  /** Indexes a generated corpus of {@code documents} documents and times asking over it. */
  private static void generated(Assistant assistant, List<Path> folders, List<Question> questions, int documents, int rounds,
                                Console console) throws IOException {
    Path generated = Files.createTempDirectory("signpost-bench");
    try {
      GeneratedCorpus.write(generated, documents, folders);
      long start = System.nanoTime();
      try (KnowledgeBase big = KnowledgeBase.load(LoadOptions.of(List.of(generated)))) {
        long took = System.nanoTime() - start;
        console.out().printf("generated corpus: %d documents, %d passages indexed in %.0f ms [target <= 60000 ms]%n",
            big.report().documents().size(), big.report().passages(), took / 1e6);
        // Only the knowledge differs from the assistant's; it is not cached, so the index time includes parsing.
        Rounds query = askLatency(new AnswerPipeline(big, assistant::rules, AnswerPolicy.DEFAULT), questions, Math.max(5, rounds / 5));
        console.out().printf("generated corpus ask latency: p50 %.3f ms, p99 %.3f ms%n",
            query.latencies().percentile(50) / 1e6, query.latencies().percentile(99) / 1e6);
        printHeap(console, "generated corpus ask", query);
      }
    } finally {
      GeneratedCorpus.delete(generated);
    }
  }

  private static Rounds askLatency(AnswerPipeline pipeline, List<Question> questions, int rounds) {
    long warmUntil = System.nanoTime() + WARM_UP.toNanos();
    for (int warm = 0; warm < WARM_UP_ROUNDS || System.nanoTime() < warmUntil; warm++) questions.forEach(pipeline::answer);
    settleCompilation(() -> questions.forEach(pipeline::answer));
    Latencies latencies = new Latencies();
    Latencies cpu = new Latencies();
    ThreadMeter meter = ThreadMeter.start();
    for (int round = 0; round < rounds; round++) {
      for (Question q : questions) {
        long startCpu = ThreadMeter.threadCpuNanos();
        long start = System.nanoTime();
        pipeline.answer(q);
        latencies.add(System.nanoTime() - start);
        cpu.add(ThreadMeter.threadCpuNanos() - startCpu);
      }
    }
    return new Rounds(latencies, cpu, meter.stop(), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }

  /**
   * Keeps asking until the JIT has stopped compiling (under 20 ms of compilation in the last second, at most
   * 30 s more), so the timed asks measure warm code rather than the compiler replacing it.
   */
  private static void settleCompilation(Runnable round) {
    CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
    if (jit == null || !jit.isCompilationTimeMonitoringSupported()) return;
    long giveUp = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < giveUp) {
      long before = jit.getTotalCompilationTime();
      long second = System.nanoTime() + 1_000_000_000L;
      while (System.nanoTime() < second) round.run();
      if (jit.getTotalCompilationTime() - before < 20) return;
    }
  }

  private static void printHeap(Console console, String what, Rounds rounds) {
    console.out().printf("%s CPU time of the asking thread: p50 %.3f ms, p99 %.3f ms%n",
        what, rounds.cpu().percentile(50) / 1e6, rounds.cpu().percentile(99) / 1e6);
    ThreadMeter.Use heap = rounds.heap();
    console.out().printf("%s allocated per ask: %.0f KB; GC during the timed asks: %d collections, %d ms in total;"
        + " system load average %.2f%n", what, heap.allocatedBytes() / 1024.0 / rounds.latencies().size(),
        heap.collections(), heap.collectionMillis(), rounds.load());
  }

  /**
   * The timed asks: their latencies; the CPU time the asking thread spent on each, which leaves out
   * waiting for a core or for a collection; what the heap spent while they ran; and the system load
   * average at their end (other processes on the machine lengthen the tail).
   */
  record Rounds(Latencies latencies, Latencies cpu, ThreadMeter.Use heap, double load) {}

  private static final int SLOWEST_SHOWN = 5;

  /**
   * Returns the {@code shown} questions slowest to answer by their median over the rounds, slowest first, as "id 3.50 ms":
   * the rounds add one latency per question in order, so question i's are at i, i + n, i + 2n, ...
   */
  static List<String> slowest(Latencies latencies, List<Question> questions, int shown) {
    int n = questions.size();
    int rounds = latencies.size() / n;
    if (rounds == 0) return List.of();
    long[] medians = new long[n];
    for (int i = 0; i < n; i++) {
      long[] own = new long[rounds];
      for (int round = 0; round < rounds; round++) own[round] = latencies.at(round * n + i);
      Arrays.sort(own);
      medians[i] = own[rounds / 2];
    }
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) order[i] = i;
    Arrays.sort(order, Comparator.comparingLong((Integer i) -> medians[i]).reversed());
    List<String> named = new ArrayList<>();
    for (int i = 0; i < Math.min(shown, n); i++) {
      named.add(String.format(Locale.ROOT, "%s %.2f ms", questions.get(order[i]).id(), medians[order[i]] / 1e6));
    }
    return named;
  }

  /** Returns the whole number an option gives, at least 1, or the fallback when it is absent. */
  static int integer(String value, int fallback) {
    if (value == null) return fallback;
    try {
      int n = Integer.parseInt(value);
      if (n < 1) throw new UsageException("must be 1 or more: " + value);
      return n;
    } catch (NumberFormatException e) {
      throw new UsageException("not a whole number: " + value);
    }
  }

  /**
   * Nanosecond samples, kept unboxed so that recording one allocates nothing (but for a rare doubling),
   * and their percentiles.
   */
  static final class Latencies {
    private long[] samples = new long[4096];
    private int size;

    void add(long nanos) {
      if (size == samples.length) samples = Arrays.copyOf(samples, size * 2);
      samples[size++] = nanos;
    }

    int size() {
      return size;
    }

    /** Returns the i-th latency added, in nanoseconds. */
    long at(int i) {
      if (i < 0 || i >= size) throw new IndexOutOfBoundsException(i);
      return samples[i];
    }

    void addAll(Latencies other) {
      for (int i = 0; i < other.size; i++) add(other.samples[i]);
    }

    double percentile(double p) {
      long[] sorted = Arrays.copyOf(samples, size);
      Arrays.sort(sorted);
      int rank = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
      return sorted[Math.max(0, Math.min(sorted.length - 1, rank))];
    }
  }

  /** Times a task several times. */
  record Timing(List<Long> nanos) {
    static Timing of(int times, Runnable task) {
      List<Long> nanos = new ArrayList<>();
      for (int i = 0; i < times; i++) {
        long start = System.nanoTime();
        task.run();
        nanos.add(System.nanoTime() - start);
      }
      return new Timing(nanos);
    }

    double median() {
      List<Long> sorted = new ArrayList<>(nanos);
      sorted.sort(Comparator.naturalOrder());
      return sorted.get(sorted.size() / 2);
    }
  }

}
