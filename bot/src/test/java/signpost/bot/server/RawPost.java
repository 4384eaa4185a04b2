package signpost.bot.server;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * Posts over a plain socket and returns the whole response as text. A server may answer 413 and close before a
 * large body is all sent, which breaks an HTTP client's pipe mid-body; here a write that fails is expected and
 * the response is read all the same.
 */
public final class RawPost {

  private RawPost() {}

  /**
   * Sends a request written out whole (request line, headers, blank line, body) and returns the response.
   *
   * @return the response, status line first
   */
  public static String exchange(URI base, String request) throws IOException {
    try (Socket socket = new Socket(base.getHost(), base.getPort())) {
      socket.setSoTimeout(10_000);
      socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
      socket.getOutputStream().flush();
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /**
   * Sends {@code POST path} with the given length header (e.g. {@code Content-Length: 9}) and body bytes.
   *
   * @return the response, status line first
   */
  public static String send(URI base, String path, String lengthHeader, byte[] body) throws IOException {
    try (Socket socket = new Socket(base.getHost(), base.getPort())) {
      socket.setSoTimeout(10_000);
      try {
        socket.getOutputStream().write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
            + lengthHeader + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().write(body);
        socket.getOutputStream().flush();
      } catch (IOException refusedMidBody) {
        // The 413 is already on its way.
      }
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
