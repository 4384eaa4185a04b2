package signpost.bot.server;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import javax.net.SocketFactory;
import org.junit.jupiter.api.Test;

/** Calls out go on sockets with Nagle's algorithm off, however the client library asks for them. */
class NoDelaySocketsTest {

  @Test
  void every_kind_of_socket_it_makes_sends_without_nagles_delay() throws Exception {
    InetAddress loopback = InetAddress.getLoopbackAddress();
    try (ServerSocket server = new ServerSocket(0, 50, loopback)) {
      int port = server.getLocalPort();
      Socket unconnected = NoDelaySockets.INSTANCE.createSocket();
      unconnected.connect(new InetSocketAddress(loopback, port), 5_000);
      List<Socket> sockets = List.of(unconnected,
          NoDelaySockets.INSTANCE.createSocket(loopback.getHostAddress(), port),
          NoDelaySockets.INSTANCE.createSocket(loopback.getHostAddress(), port, loopback, 0),
          NoDelaySockets.INSTANCE.createSocket(loopback, port),
          NoDelaySockets.INSTANCE.createSocket(loopback, port, loopback, 0));
      for (Socket socket : sockets) {
        try (socket) {
          assertTrue(socket.isConnected());
          assertTrue(socket.getTcpNoDelay(), socket.toString());
        }
      }
    }
  }

  @Test
  void a_plain_socket_keeps_nagles_delay_which_is_why_the_factory_exists() throws Exception {
    InetAddress loopback = InetAddress.getLoopbackAddress();
    try (ServerSocket server = new ServerSocket(0, 50, loopback);
         Socket plain = SocketFactory.getDefault().createSocket(loopback, server.getLocalPort())) {
      assertFalse(plain.getTcpNoDelay());
    }
  }
}
