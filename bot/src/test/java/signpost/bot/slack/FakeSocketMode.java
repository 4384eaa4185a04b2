package signpost.bot.slack;

import java.net.InetSocketAddress;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * A stand-in for Slack's Socket Mode endpoint on loopback: says hello to the app that connects, sends it
 * envelopes and keeps the acknowledgements it sends back.
 */
final class FakeSocketMode extends WebSocketServer implements AutoCloseable {

  private final CountDownLatch started = new CountDownLatch(1);
  private final CountDownLatch connected = new CountDownLatch(1);
  private final BlockingQueue<String> received = new LinkedBlockingQueue<>();
  private volatile WebSocket app;

  FakeSocketMode() throws InterruptedException {
    super(new InetSocketAddress("127.0.0.1", 0));
    setReuseAddr(true);
    start();
    if (!started.await(10, TimeUnit.SECONDS)) throw new IllegalStateException("the fake Socket Mode server did not start");
  }

  /** Returns the URL {@code apps.connections.open} hands out. */
  String url() {
    return "ws://127.0.0.1:" + getPort() + "/link";
  }

  /** Sends an envelope once the app has connected. */
  void sendEnvelope(String json) throws InterruptedException {
    if (!connected.await(10, TimeUnit.SECONDS)) throw new AssertionError("the app never connected over Socket Mode");
    app.send(json);
  }

  /** Returns the next message the app sent, waiting up to 10 seconds. */
  String nextReceived() throws InterruptedException {
    String message = received.poll(10, TimeUnit.SECONDS);
    if (message == null) throw new AssertionError("the app sent nothing over Socket Mode");
    return message;
  }

  @Override
  public void onStart() {
    started.countDown();
  }

  @Override
  public void onOpen(WebSocket connection, ClientHandshake handshake) {
    app = connection;
    connection.send("{\"type\":\"hello\",\"num_connections\":1,\"debug_info\":{\"host\":\"fake\",\"approximate_connection_time\":3600},"
        + "\"connection_info\":{\"app_id\":\"A_SIGNPOST\"}}");
    connected.countDown();
  }

  @Override
  public void onMessage(WebSocket connection, String message) {
    received.add(message);
  }

  @Override
  public void onClose(WebSocket connection, int code, String reason, boolean remote) {
    // The app disconnects when its channel closes.
  }

  @Override
  public void onError(WebSocket connection, Exception e) {
    received.add("error: " + e);
  }

  @Override
  public void close() {
    try {
      stop(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
