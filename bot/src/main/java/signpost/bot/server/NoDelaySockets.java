package signpost.bot.server;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import javax.net.SocketFactory;

/**
 * Makes the sockets of Signpost's calls out with Nagle's algorithm off ({@code TCP_NODELAY}), as Jetty makes the
 * connections it accepts. OkHttp, under the Bot Framework SDK's connector client and Slack's API client, leaves it on:
 * a request it writes in two pieces (a body past its 8 KB buffer, such as a Teams answer card) then held its last
 * piece until the server acknowledged the first, which Linux delays by 40 ms. A Teams answer waited for that reply.
 */
public final class NoDelaySockets extends SocketFactory {

  /** The one factory; it keeps no state. */
  public static final NoDelaySockets INSTANCE = new NoDelaySockets();

  private final SocketFactory plain = SocketFactory.getDefault();

  private NoDelaySockets() {}

  @Override
  public Socket createSocket() throws IOException {
    return noDelay(plain.createSocket());
  }

  @Override
  public Socket createSocket(String host, int port) throws IOException {
    return noDelay(plain.createSocket(host, port));
  }

  @Override
  public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
    return noDelay(plain.createSocket(host, port, localHost, localPort));
  }

  @Override
  public Socket createSocket(InetAddress host, int port) throws IOException {
    return noDelay(plain.createSocket(host, port));
  }

  @Override
  public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) throws IOException {
    return noDelay(plain.createSocket(address, port, localAddress, localPort));
  }

  private static Socket noDelay(Socket socket) throws IOException {
    socket.setTcpNoDelay(true);
    return socket;
  }
}
