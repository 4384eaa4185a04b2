package signpost.rules.engine;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import signpost.rules.RulesException;
import signpost.rules.features.PersonRequests;

/**
 * The rule base in service, built from the built-in files and a folder the EDI team edits, with the wordings that
 * ask for a person the folder may hold ({@link PersonRequests}). When a file in the folder changes it reads them again
 * and recompiles; wordings that do not read, a change that does not compile, or that throws or overruns the time limit
 * on one of the example questions ({@link RuleExamples}), is refused with its reason, and the last good rule base and
 * wordings keep serving. A rule base that later fails on a real question is dropped for the one
 * before it. The folder is code: anyone who can write to it runs code as the server.
 */
public final class LiveRuleBase implements Supplier<RuleBase>, AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(LiveRuleBase.class);
  /** Editors save in several writes; wait for them to settle before compiling. */
  private static final long SETTLE_MILLIS = 200;
  /** A question's rules fire in well under a millisecond warm; this is for a cold JVM on a busy machine. */
  public static final Duration DEFAULT_LIMIT = Duration.ofSeconds(5);

  /**
   * What the watcher has done, for {@code /readyz}.
   *
   * @param generation how many rule bases have served, counting the first
   * @param lastError why the latest change was refused or the serving rules were dropped, or null
   * @param watching whether the watcher thread is alive (false when not watching)
   */
  public record Status(long generation, String lastError, boolean watching) {}

  private final Path folder;
  private final Duration limit;
  private final AtomicReference<RuleBase> current;
  private final AtomicReference<String> lastError = new AtomicReference<>();
  private volatile PersonRequests personRequests;
  private final AtomicLong generation = new AtomicLong(1);
  private WatchService watcher;
  private volatile Thread watching;

  private LiveRuleBase(Path folder, RuleBase first, PersonRequests personRequests, Duration limit) {
    this.folder = folder;
    this.limit = limit;
    this.current = new AtomicReference<>(first);
    this.personRequests = personRequests;
  }

  /**
   * Returns the rule base of the built-in files with {@code folder}'s files over them.
   *
   * @throws RulesException when they do not compile, with file and line: a service must not start on
   *     rules it cannot read
   */
  public static LiveRuleBase of(Path folder) {
    return of(folder, null);
  }

  /**
   * Returns the rule base of the built-in files with {@code folder}'s files over them, reading the first
   * compilation from {@code cacheFolder} when it holds the very same files (null: no cache).
   *
   * @throws RulesException when they do not compile, with file and line
   */
  public static LiveRuleBase of(Path folder, Path cacheFolder) {
    return of(folder, cacheFolder, DEFAULT_LIMIT);
  }

  /**
   * Returns the rule base of the built-in files with {@code folder}'s files over them, each question (and each
   * example question a change must pass) decided within {@code limit}.
   *
   * @throws RulesException when they do not compile, with file and line, or fail on an example question, or when the
   *     folder's wordings that ask for a person do not read, with file and line
   */
  public static LiveRuleBase of(Path folder, Path cacheFolder, Duration limit) {
    Objects.requireNonNull(folder, "folder");
    Objects.requireNonNull(limit, "limit");
    PersonRequests personRequests = PersonRequests.in(folder);
    RuleBase first = RuleBase.compile(RuleFiles.withFolder(folder), cacheFolder);
    RuleExamples.check(first, limit);
    return new LiveRuleBase(folder, first.guarded(limit, null), personRequests, limit);
  }

  /** Returns the rule base serving: the latest good one, or the one before it when the latest failed on a question. */
  @Override
  public RuleBase get() {
    RuleBase serving = current.get();
    if (serving.failure() != null && serving.fallback() != null && current.compareAndSet(serving, serving.fallback())) {
      lastError.set("the rules of generation " + generation.get() + " failed on a question and were dropped for the "
          + "last good rules: " + serving.failure());
      LOG.error("Rules dropped: {}", lastError.get());
    }
    return current.get();
  }

  /** Returns the wordings that ask for a person serving with the rules: the folder's, else the built-in ones. */
  public PersonRequests personRequests() {
    return personRequests;
  }

  /** Returns the generation, the last refusal and whether the watcher is alive. */
  public Status status() {
    Thread thread = watching;
    return new Status(generation.get(), lastError.get(), thread != null && thread.isAlive());
  }

  /** Returns how many rule bases have served, counting the first; it grows by one per good reload. */
  public long generation() {
    return generation.get();
  }

  /** Returns why the last reload was refused, or null when the latest change compiled. */
  public String lastError() {
    return lastError.get();
  }

  /**
   * Reads and recompiles the folder now. On success the new rule base and wordings serve; on failure the current
   * ones stay.
   *
   * @return true when the new rules compiled and now serve
   */
  public synchronized boolean reload() {
    try {
      PersonRequests requests = PersonRequests.in(folder);
      RuleBase compiled = RuleBase.compile(RuleFiles.withFolder(folder));
      RuleExamples.check(compiled, limit);
      RuleBase next = compiled.guarded(limit, get());
      current.set(next);
      personRequests = requests;
      generation.incrementAndGet();
      lastError.set(null);
      LOG.info("Rules reloaded from {}: {} rules in {} ms", folder, next.ruleNames().size(), Math.round(next.buildMillis()));
      return true;
    } catch (RulesException e) {
      lastError.set(e.getMessage());
      LOG.error("Rules change refused; the last good rules keep serving:\n{}", e.getMessage());
      return false;
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      // A deeply nested rule overflows the compiler's stack: refuse it like any other bad change.
      lastError.set("the rules could not be compiled: " + e);
      LOG.error("Rules change refused; the last good rules keep serving", e);
      return false;
    }
  }

  /**
   * Starts watching the folder and reloading when its files change.
   *
   * @throws RulesException when the folder cannot be watched
   */
  public synchronized LiveRuleBase watch() {
    if (watching != null) return this;
    try {
      watcher = FileSystems.getDefault().newWatchService();
      folder.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
          StandardWatchEventKinds.ENTRY_DELETE);
    } catch (IOException e) {
      throw new RulesException("cannot watch rules folder " + folder + ": " + e.getMessage(), e);
    }
    watching = new Thread(this::watchLoop, "rules-watch");
    watching.setDaemon(true);
    watching.start();
    return this;
  }

  private void watchLoop() {
    try {
      while (true) {
        WatchKey key = watcher.take();
        boolean relevant = key.pollEvents().stream().anyMatch(e -> read(String.valueOf(e.context())));
        key.reset();
        if (!relevant) continue;
        // Drain the burst of events one save makes, then compile once.
        for (WatchKey more; (more = watcher.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS)) != null; ) {
          more.pollEvents();
          more.reset();
        }
        reloadSafely();
      }
    } catch (InterruptedException | ClosedWatchServiceException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static boolean read(String name) {
    return RuleFile.isRuleFile(name) || name.equals(PersonRequests.FILE);
  }

  /** Reloads, keeping the watcher alive whatever a change throws. */
  private void reloadSafely() {
    try {
      reload();
    } catch (Throwable e) {
      lastError.set("the rules could not be reloaded: " + e);
      LOG.error("Rules change refused; the last good rules keep serving", e);
    }
  }

  @Override
  public synchronized void close() {
    if (watcher == null) return;
    try {
      watcher.close();
    } catch (IOException e) {
      LOG.warn("Could not close the rules watcher: {}", e.getMessage());
    }
    watching.interrupt();
  }
}
