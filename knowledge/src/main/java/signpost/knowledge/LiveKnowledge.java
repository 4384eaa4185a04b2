package signpost.knowledge;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The knowledge in service, loaded again without a restart when its folders change ({@link #watch()}) or when asked
 * ({@link #reload()}). A reload reads and indexes off the request path and then swaps the new knowledge in at once;
 * questions already under way finish on the old one, which is closed a while later. A reload that fails, or that
 * finds no readable document where the serving knowledge had some (a folder emptied or unmounted is more likely a
 * mistake than the intent), is refused with its reason, and the last good knowledge keeps serving.
 */
public final class LiveKnowledge implements Supplier<KnowledgeBase>, AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(LiveKnowledge.class);
  /** Longer than any question takes: the old knowledge is closed only when nothing can still be reading it. */
  static final Duration RETIRE_AFTER = Duration.ofSeconds(30);

  /**
   * What reloading has done, for {@code /readyz}.
   *
   * @param generation how many knowledge bases have served, counting the first
   * @param lastError why the latest reload was refused, or null when it succeeded (or none was tried)
   * @param watching whether the folders' watcher is alive
   */
  public record Status(long generation, String lastError, boolean watching) {}

  private final LoadOptions options;
  private final AtomicReference<KnowledgeBase> current;
  private final AtomicReference<String> lastError = new AtomicReference<>();
  private final AtomicLong generation = new AtomicLong(1);
  private final ReloadIndexFolders indexFolders;
  private final ScheduledExecutorService retirer = Executors.newSingleThreadScheduledExecutor(task -> {
    Thread thread = new Thread(task, "knowledge-retire");
    thread.setDaemon(true);
    return thread;
  });
  private FolderWatch watch;
  private boolean closed;

  private LiveKnowledge(LoadOptions options, KnowledgeBase first) {
    this.options = options;
    this.current = new AtomicReference<>(first);
    this.indexFolders = new ReloadIndexFolders(options.indexFolder());
  }

  /**
   * Returns the knowledge of the options' folders, loaded now.
   *
   * @throws KnowledgeException when a folder does not exist or nothing at all could be indexed: a service must not
   *     start on knowledge it cannot read
   */
  public static LiveKnowledge load(LoadOptions options) {
    Objects.requireNonNull(options, "options");
    return new LiveKnowledge(options, KnowledgeBase.load(options));
  }

  /** Returns the knowledge serving: the latest that loaded well. */
  @Override
  public KnowledgeBase get() {
    return current.get();
  }

  /** Returns the generation, the last refusal and whether the watcher is alive. */
  public Status status() {
    FolderWatch running = watch;
    return new Status(generation.get(), lastError.get(), running != null && running.alive());
  }

  /**
   * Reads and indexes the folders again now. On success the new knowledge serves from the next question on; on
   * failure the current one stays and the reason is kept for {@link #status()} and logged.
   *
   * @return true when the new knowledge now serves
   */
  public synchronized boolean reload() {
    // A change seen just before closing is not loaded: nothing would close what it loads.
    if (closed) return false;
    long next = generation.get() + 1;
    KnowledgeBase loaded = null;
    try {
      loaded = KnowledgeBase.load(options.withIndexFolder(indexFolders.forGeneration(next)));
      refuseEmpty(loaded, current.get());
    } catch (KnowledgeException e) {
      return refused(loaded, next, e.getMessage());
    } catch (RuntimeException | OutOfMemoryError e) {
      return refused(loaded, next, "the knowledge could not be loaded: " + e);
    }
    KnowledgeBase old = current.getAndSet(loaded);
    long previous = generation.getAndIncrement();
    lastError.set(null);
    LOG.info("Knowledge reloaded: {} documents, {} passages in {} ms", loaded.report().documents().size(),
        loaded.report().passages(), loaded.report().took().toMillis());
    retire(old, previous);
    return true;
  }

  private static void refuseEmpty(KnowledgeBase loaded, KnowledgeBase serving) {
    long had = ownDocuments(serving);
    if (had > 0 && ownDocuments(loaded) == 0) {
      throw new KnowledgeException("the knowledge folders hold no readable document now (" + had + " before)"
          + (loaded.report().skipped().isEmpty() ? "" : "; skipped: " + loaded.report().skipped()));
    }
  }

  private static long ownDocuments(KnowledgeBase knowledge) {
    return knowledge.report().documents().stream().filter(d -> !d.builtIn()).count();
  }

  private boolean refused(KnowledgeBase loaded, long next, String reason) {
    if (loaded != null) loaded.close();
    indexFolders.delete(next);
    lastError.set(reason);
    LOG.error("Knowledge reload refused; the last good knowledge keeps serving: {}", reason);
    return false;
  }

  private void retire(KnowledgeBase old, long oldGeneration) {
    try {
      retirer.schedule(() -> close(old, oldGeneration), RETIRE_AFTER.toMillis(), TimeUnit.MILLISECONDS);
    } catch (java.util.concurrent.RejectedExecutionException e) {
      close(old, oldGeneration);
    }
  }

  private void close(KnowledgeBase old, long oldGeneration) {
    try {
      old.close();
    } catch (RuntimeException e) {
      LOG.warn("Could not close the knowledge of generation {}: {}", oldGeneration, e.getMessage());
    }
    indexFolders.delete(oldGeneration);
  }

  /**
   * Starts watching the folders (and the folders in them) and reloading when a file changes.
   *
   * @throws KnowledgeException when a folder cannot be watched
   */
  public synchronized LiveKnowledge watch() {
    if (watch == null) watch = FolderWatch.start(options, this::reloadSafely);
    return this;
  }

  /** Reloads, keeping the watcher alive whatever a change throws. */
  private void reloadSafely() {
    try {
      reload();
    } catch (Throwable e) {
      lastError.set("the knowledge could not be reloaded: " + e);
      LOG.error("Knowledge reload refused; the last good knowledge keeps serving", e);
    }
  }

  /** Stops watching and closes the knowledge serving and any still being retired. */
  @Override
  public synchronized void close() {
    closed = true;
    if (watch != null) watch.close();
    retirer.shutdownNow().forEach(Runnable::run);
    current.get().close();
  }
}
