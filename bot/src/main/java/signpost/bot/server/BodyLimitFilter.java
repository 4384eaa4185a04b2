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

/**
 * Refuses request bodies over the limit with 413, whether they announce their length or stream it, before
 * any channel reads them.
 */
final class BodyLimitFilter implements Filter {

  /** Thrown by the wrapped stream when a body without a length runs over the limit. */
  static final class TooLarge extends IOException {
    TooLarge(long limit) {
      super("request body over " + limit + " bytes");
    }
  }

  private final long limit;

  BodyLimitFilter(long limit) {
    this.limit = limit;
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
      chain.doFilter(new Limited(request, limit), response);
    } catch (IOException | ServletException | RuntimeException e) {
      // Readers and JSON parsers wrap the stream's exception (UncheckedIOException, ServletException, ...).
      if (!causedByTooLarge(e)) throw e;
      if (!response.isCommitted()) {
        response.reset();
        JsonResponses.error(response, 413, "request body is over " + limit + " bytes");
      }
    }
  }

  private static boolean causedByTooLarge(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) if (t instanceof TooLarge) return true;
    return false;
  }

  /** A request whose body stream stops at the limit. */
  private static final class Limited extends HttpServletRequestWrapper {
    private final long limit;
    private ServletInputStream stream;
    private BufferedReader reader;

    Limited(HttpServletRequest request, long limit) {
      super(request);
      this.limit = limit;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream == null) stream = new Counting(super.getInputStream(), limit);
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
    private final long limit;
    private long read;

    Counting(ServletInputStream in, long limit) {
      this.in = in;
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b >= 0 && ++read > limit) throw new TooLarge(limit);
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = in.read(buffer, offset, length);
      if (n > 0 && (read += n) > limit) throw new TooLarge(limit);
      return n;
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
