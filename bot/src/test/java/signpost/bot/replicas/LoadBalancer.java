package signpost.bot.replicas;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * HAProxy (Debian's {@code haproxy}) in front of the replicas on a free loopback port: round-robin, each replica
 * checked on {@code /readyz} every 300 ms and taken out after two failures, a request that cannot reach a replica sent
 * to another, a connection of its own to a replica for each request, and the name of the replica that served each
 * response in {@value #SERVED_BY}. Closing it kills it; so
 * does the test JVM's exit.
 */
final class LoadBalancer implements AutoCloseable {

  static final String SERVED_BY = "X-Served-By";

  private final Process process;
  private final Thread killer;
  private final Path log;
  final URI url;

  private LoadBalancer(Process process, Path log, int port) {
    this.process = process;
    this.log = log;
    this.url = URI.create("http://127.0.0.1:" + port + "/");
    this.killer = new Thread(process::destroyForcibly, "kill-haproxy");
    Runtime.getRuntime().addShutdownHook(killer);
  }

  /**
   * Starts HAProxy over the replicas, by name, writing its configuration and log into {@code folder}.
   *
   * @throws IllegalStateException when HAProxy is not installed, saying how to install it
   */
  static LoadBalancer start(Map<String, URI> replicas, Path folder) throws IOException {
    Path binary = binary();
    int port = freePort();
    String servers = replicas.entrySet().stream()
        .map(r -> "  server " + r.getKey() + " 127.0.0.1:" + r.getValue().getPort() + " check")
        .collect(Collectors.joining("\n"));
    Path config = Files.writeString(folder.resolve("haproxy.cfg"), """
        global
          maxconn 256
        defaults
          mode http
          timeout connect 1s
          timeout client 30s
          timeout server 30s
          retries 3
          option redispatch 1
          # A new connection to a replica for each request: one that a replica closes as idle is never reused.
          option http-server-close
        frontend signpost
          bind 127.0.0.1:%d
          default_backend replicas
        backend replicas
          balance roundrobin
          option httpchk GET /readyz
          http-check expect status 200
          # A check waits up to 2 s (without it, the 300 ms interval): on a loaded machine a slow /readyz must not take
          # a live replica out and break the round robin; a killed one refuses connections and is redispatched at once.
          timeout check 2s
          default-server inter 300ms fall 2 rise 1
          http-response set-header %s %%[srv_name]
        %s
        """.formatted(port, SERVED_BY, servers));
    Path log = folder.resolve("haproxy.log");
    Process process = new ProcessBuilder(binary.toString(), "-db", "-f", config.toString())
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    return new LoadBalancer(process, log, port);
  }

  /** Returns what HAProxy printed: its warnings and the replicas it took out or put back. */
  String log() {
    try {
      return Files.readString(log);
    } catch (IOException e) {
      return "(no log: " + e + ")";
    }
  }

  private static Path binary() {
    for (String candidate : List.of("/usr/sbin/haproxy", "/usr/bin/haproxy", "/usr/local/sbin/haproxy")) {
      if (Files.isExecutable(Path.of(candidate))) return Path.of(candidate);
    }
    throw new IllegalStateException("HAProxy is not installed: the replica test runs two replicas behind a real one. "
        + "Install it (Debian: apt-get install haproxy)");
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  @Override
  public void close() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(10, TimeUnit.SECONDS);
    try {
      Runtime.getRuntime().removeShutdownHook(killer);
    } catch (IllegalStateException e) {
      // The JVM is already shutting down: the hook kills it anyway.
    }
  }
}
