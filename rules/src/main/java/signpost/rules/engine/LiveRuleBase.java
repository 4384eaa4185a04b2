package signpost.rules.engine;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import signpost.rules.RulesException;

/**
 * The rule base in service, built from the built-in files and a folder the EDI team edits. When a file in
 * the folder changes it recompiles; a change that does not compile is refused with its file and line,
 * and the last good rule base keeps serving.
 */
public final class LiveRuleBase implements Supplier<RuleBase>, AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(LiveRuleBase.class);
  /** Editors save in several writes; wait for them to settle before compiling. */
  private static final long SETTLE_MILLIS = 200;

  private final Path folder;
  private final AtomicReference<RuleBase> current;
  private final AtomicReference<String> lastError = new AtomicReference<>();
  private final AtomicLong generation = new AtomicLong(1);
  private WatchService watcher;
  private Thread watching;

  private LiveRuleBase(Path folder, RuleBase first) {
    this.folder = folder;
    this.current = new AtomicReference<>(first);
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
    Objects.requireNonNull(folder, "folder");
    return new LiveRuleBase(folder, RuleBase.compile(RuleFiles.withFolder(folder), cacheFolder));
  }

  @Override
  public RuleBase get() {
    return current.get();
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
   * Recompiles the folder now. On success the new rule base serves; on failure the current one stays.
   *
   * @return true when the new rules compiled and now serve
   */
  public boolean reload() {
    try {
      RuleBase next = RuleBase.compile(RuleFiles.withFolder(folder));
      current.set(next);
      generation.incrementAndGet();
      lastError.set(null);
      LOG.info("Rules reloaded from {}: {} rules in {} ms", folder, next.ruleNames().size(), Math.round(next.buildMillis()));
      return true;
    } catch (RulesException e) {
      lastError.set(e.getMessage());
      LOG.error("Rules change refused; the last good rules keep serving:\n{}", e.getMessage());
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
        boolean relevant = key.pollEvents().stream().anyMatch(e -> RuleFile.isRuleFile(String.valueOf(e.context())));
        key.reset();
        if (!relevant) continue;
        // Drain the burst of events one save makes, then compile once.
        for (WatchKey more; (more = watcher.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS)) != null; ) {
          more.pollEvents();
          more.reset();
        }
        reload();
      }
    } catch (InterruptedException | ClosedWatchServiceException e) {
      Thread.currentThread().interrupt();
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
