package signpost.bot.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeoutException;

/**
 * Refuses request bodies over the limit with 413, whether they announce their length or stream it, before
 * any channel reads them; and cuts off bodies that arrive too slowly with 408, so a client sending a byte now
 * and then cannot hold a thread: after a grace period the body must keep up a minimum rate, and a read that
 * waits longer than the connector's idle timeout fails.
 */
final class BodyLimitFilter implements Filter {

  /** Thrown by the wrapped stream when a body without a length runs over the limit. */
  static final class TooLarge extends IOException {
    TooLarge(long limit) {
      super("request body over " + limit + " bytes");
    }
  }

  /** Thrown by the wrapped stream when a body falls behind the minimum rate. */
  static final class TooSlow extends IOException {
    TooSlow(long rate) {
      super("request body slower than " + rate + " bytes a second");
    }
  }

  private final long limit;
  private final long minRate;
  private final long graceNanos;

  /**
   * @param limit the most bytes a body may have
   * @param minRate the bytes a second a body must keep up once {@code graceSeconds} have passed
   */
  BodyLimitFilter(long limit, long minRate, int graceSeconds) {
    this.limit = limit;
    this.minRate = minRate;
    this.graceNanos = graceSeconds * 1_000_000_000L;
  }

  @Override
  public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
    HttpServletRequest request = (HttpServletRequest) req;
    HttpServletResponse response = (HttpServletResponse) res;
    if (request.getContentLengthLong() > limit) {
      JsonResponses.error(response, 413, "request body is over " + limit + " bytes");
      return;
    }
    try {
      chain.doFilter(new Limited(request, new Budget(limit, minRate, graceNanos)), response);
    } catch (IOException | ServletException | RuntimeException e) {
      // Readers and JSON parsers wrap the stream's exception (UncheckedIOException, ServletException, ...).
      boolean large = causedBy(e, TooLarge.class);
      if (!large && !causedBy(e, TooSlow.class) && !causedBy(e, TimeoutException.class)) throw e;
      if (!response.isCommitted()) {
        response.reset();
        response.setHeader("Connection", "close");
        if (large) JsonResponses.error(response, 413, "request body is over " + limit + " bytes");
        else JsonResponses.error(response, 408, "request body arrived too slowly");
      }
    }
  }

  private static boolean causedBy(Throwable failure, Class<? extends Throwable> kind) {
    for (Throwable t = failure; t != null; t = t.getCause()) if (kind.isInstance(t)) return true;
    return false;
  }

  /** How much of a body may arrive, and how fast it must. */
  private record Budget(long limit, long minRate, long graceNanos) {}

  /** A request whose body stream stops at the limit. */
  private static final class Limited extends HttpServletRequestWrapper {
    private final Budget budget;
    private ServletInputStream stream;
    private BufferedReader reader;

    Limited(HttpServletRequest request, Budget budget) {
      super(request);
      this.budget = budget;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream == null) stream = new Counting(super.getInputStream(), budget);
      return stream;
    }

    /** Reads the counted stream too: the container's own reader would bypass it (Bolt reads bodies this way). */
    @Override
    public BufferedReader getReader() throws IOException {
      if (reader == null) {
        String encoding = getCharacterEncoding();
        Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
        reader = new BufferedReader(new InputStreamReader(getInputStream(), charset));
      }
      return reader;
    }
  }

  private static final class Counting extends ServletInputStream {
    private final ServletInputStream in;
    private final Budget budget;
    private final long start = System.nanoTime();
    private long read;

    Counting(ServletInputStream in, Budget budget) {
      this.in = in;
      this.budget = budget;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b >= 0) counted(1);
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = in.read(buffer, offset, length);
      if (n > 0) counted(n);
      return n;
    }

    private void counted(int n) throws IOException {
      read += n;
      if (read > budget.limit()) throw new TooLarge(budget.limit());
      long allowed = budget.graceNanos() + read * 1_000_000_000L / budget.minRate();
      if (System.nanoTime() - start > allowed) throw new TooSlow(budget.minRate());
    }

    @Override
    public boolean isFinished() {
      return in.isFinished();
    }

    @Override
    public boolean isReady() {
      return in.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
      in.setReadListener(listener);
    }
  }
}
