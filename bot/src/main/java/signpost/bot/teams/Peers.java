package signpost.bot.teams;

import jakarta.servlet.http.HttpServletRequest;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;

/**
 * Tells whether a request really comes from this machine, from the connection's own socket: never from a header
 * (a reverse proxy on the same host forwards the world's requests from loopback, and {@code X-Forwarded-For} is
 * written by the caller) nor from a host name ({@code 127.attacker.example} is anyone's).
 */
final class Peers {

  private Peers() {}

  /** Returns the address of the socket the request arrived on, or null when it cannot be told. */
  static SocketAddress of(HttpServletRequest request) {
    ServletContextRequest jetty = ServletContextRequest.getServletContextRequest(request);
    if (jetty == null) return null;
    return jetty.getConnectionMetaData().getConnection().getEndPoint().getRemoteSocketAddress();
  }

  /**
   * Returns true when the request says a proxy forwarded it: then its loopback peer is the proxy, and the caller is
   * somewhere else. The development tools that local mode is for send none of these headers.
   */
  static boolean forwarded(HttpServletRequest request) {
    return request.getHeader("Forwarded") != null || request.getHeader("X-Forwarded-For") != null
        || request.getHeader("X-Real-IP") != null;
  }

  /** Returns true only for an IP socket address whose resolved address is a loopback address. */
  static boolean loopback(SocketAddress peer) {
    return peer instanceof InetSocketAddress ip && !ip.isUnresolved() && ip.getAddress().isLoopbackAddress();
  }
}
