package signpost.bot.logging;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.slf4j.MDC;

/**
 * The id of the request a thread is working for, kept in the logging context ({@link org.slf4j.MDC}) so that every
 * line logged for the request carries it: an {@code X-Request-Id} the caller sent, the channel's own id (a Slack
 * event id, a Teams activity id), or one made here. Ids from outside are taken only when short and plain, so none can
 * forge a log line.
 */
public final class RequestId {

  /** The logging context's key, and the JSON field of a log line. */
  public static final String KEY = "request_id";
  /** The HTTP header a caller may send its id in, and in which every response returns the id used. */
  public static final String HEADER = "X-Request-Id";
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9._:@-]{1,100}");

  private RequestId() {}

  /** Returns the id when it is 1 to 100 letters, digits and {@code . _ : @ -}; empty otherwise (null included). */
  public static Optional<String> plain(String id) {
    return id != null && PLAIN.matcher(id).matches() ? Optional.of(id) : Optional.empty();
  }

  /**
   * Returns the id when it is {@linkplain #plain plain}, else a new one: 128 random bits written as a UUID. It only tells
   * requests apart, so it is drawn without the locking of a secure generator.
   */
  public static String orNew(String id) {
    return plain(id).orElseGet(() -> {
      ThreadLocalRandom random = ThreadLocalRandom.current();
      return new UUID(random.nextLong(), random.nextLong()).toString();
    });
  }

  /** Returns the id of the request this thread is working for, or null. */
  public static String current() {
    return MDC.get(KEY);
  }

  /**
   * Makes {@code id} this thread's request id until the scope closes, which puts back the one before. A null id
   * changes nothing.
   */
  public static Scope open(String id) {
    String before = current();
    if (id != null) MDC.put(KEY, id);
    return new Scope(before);
  }

  /** Returns the task, run on whichever thread runs it with the logging context of the thread that called this. */
  public static Runnable carried(Runnable task) {
    Map<String, String> context = MDC.getCopyOfContextMap();
    return () -> {
      Map<String, String> before = MDC.getCopyOfContextMap();
      if (context == null) MDC.clear();
      else MDC.setContextMap(context);
      try {
        task.run();
      } finally {
        if (before == null) MDC.clear();
        else MDC.setContextMap(before);
      }
    };
  }

  /** Puts back the request id that was current before {@link #open}. */
  public static final class Scope implements AutoCloseable {

    private final String before;

    private Scope(String before) {
      this.before = before;
    }

    @Override
    public void close() {
      if (before == null) MDC.remove(KEY);
      else MDC.put(KEY, before);
    }
  }
}
