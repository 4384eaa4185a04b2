package signpost.bot.server;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Captures what the process logs (Logback's console appender writes to standard error, looked up at each write) while
 * open, still passing it through.
 */
public final class CapturedLog implements AutoCloseable {

  private final PrintStream original = System.err;
  private final ByteArrayOutputStream captured = new ByteArrayOutputStream();

  public CapturedLog() {
    System.setErr(new PrintStream(new java.io.OutputStream() {
      @Override
      public void write(int b) {
        captured.write(b);
        original.write(b);
      }

      @Override
      public void write(byte[] bytes, int offset, int length) {
        captured.write(bytes, offset, length);
        original.write(bytes, offset, length);
      }
    }, true, StandardCharsets.UTF_8));
  }

  /** Returns what was logged so far. */
  public String text() {
    synchronized (captured) {
      return captured.toString(StandardCharsets.UTF_8);
    }
  }

  @Override
  public void close() {
    System.setErr(original);
  }
}
