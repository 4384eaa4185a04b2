package signpost.knowledge;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the knowledge folders and every folder in them (new ones too), and runs an action once a burst of changes
 * has settled: copying a set of documents makes many events, and one reload should follow them. Changes under the
 * cache and index folders, which loading itself writes, are not changes of the knowledge.
 */
final class FolderWatch implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(FolderWatch.class);
  /** A copy writes a file in several steps; wait this long without an event before reloading. */
  static final long SETTLE_MILLIS = 500;

  private final WatchService watcher;
  private final List<Path> written;
  private final Path index;
  private final Runnable onChange;
  private final Thread thread;

  private FolderWatch(WatchService watcher, LoadOptions options, Runnable onChange) {
    this.watcher = watcher;
    this.written = new ArrayList<>();
    if (options.cacheFolder() != null) written.add(options.cacheFolder().toAbsolutePath().normalize());
    this.index = options.indexFolder() == null ? null : options.indexFolder().toAbsolutePath().normalize();
    if (index != null) written.add(index);
    this.onChange = onChange;
    this.thread = new Thread(this::loop, "knowledge-watch");
    thread.setDaemon(true);
  }

  /**
   * Starts watching the options' folders.
   *
   * @throws KnowledgeException when a folder cannot be watched
   */
  static FolderWatch start(LoadOptions options, Runnable onChange) {
    WatchService watcher;
    try {
      watcher = FileSystems.getDefault().newWatchService();
    } catch (IOException e) {
      throw new KnowledgeException("cannot watch the knowledge folders: " + e.getMessage(), e);
    }
    FolderWatch watch = new FolderWatch(watcher, options, onChange);
    for (Path folder : options.folders()) {
      try {
        watch.register(folder.toAbsolutePath().normalize());
      } catch (IOException e) {
        watch.close();
        throw new KnowledgeException("cannot watch knowledge folder " + folder + ": " + e, e);
      }
    }
    watch.thread.start();
    return watch;
  }

  /** Returns whether the watching thread is alive. */
  boolean alive() {
    return thread.isAlive();
  }

  private void register(Path folder) throws IOException {
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path dir : walk.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) && !written(p)).toList()) {
        dir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
            StandardWatchEventKinds.ENTRY_DELETE);
      }
    }
  }

  /** Returns true for what loading writes: the cache, the index and the folders of reloaded indexes beside it. */
  private boolean written(Path path) {
    for (Path folder : written) if (path.startsWith(folder)) return true;
    return index != null && path.getParent() != null && path.getParent().equals(index.getParent())
        && path.getFileName().toString().startsWith(index.getFileName() + ".g");
  }

  private void loop() {
    try {
      while (true) {
        if (!changed(watcher.take())) continue;
        // Drain the burst of events a copy makes, then reload once.
        for (WatchKey more; (more = watcher.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS)) != null; ) changed(more);
        onChange.run();
      }
    } catch (InterruptedException | ClosedWatchServiceException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Takes a key's events, watching any new folder, and returns true when one was a change of the knowledge. */
  private boolean changed(WatchKey key) {
    boolean changed = false;
    Path dir = (Path) key.watchable();
    for (WatchEvent<?> event : key.pollEvents()) {
      if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
        changed = true;
        continue;
      }
      Path child = dir.resolve((Path) event.context());
      if (written(child)) continue;
      changed = true;
      if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
        try {
          register(child);
        } catch (IOException e) {
          LOG.warn("Changes in the new knowledge folder {} will not be seen: {}", child, e.getMessage());
        }
      }
    }
    key.reset();
    return changed;
  }

  @Override
  public void close() {
    try {
      watcher.close();
    } catch (IOException e) {
      LOG.warn("Could not close the knowledge watcher: {}", e.getMessage());
    }
    thread.interrupt();
  }
}
