package signpost.bot.store;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import signpost.bot.config.StoreSettings;

/**
 * A throwaway PostgreSQL server: a cluster made with the installed binaries in a temporary folder, listening on a
 * free loopback port with password authentication, deleted when closed. PostgreSQL refuses to run as root, so as root
 * it runs as the {@code postgres} user that Debian's package makes.
 */
final class PostgresCluster implements AutoCloseable {

  static final String USER = "signpost";
  static final String PASSWORD = "signpost-test-password";
  private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(60);
  private static final AtomicInteger DATABASES = new AtomicInteger();

  private final Path bin;
  private final Path folder;
  private final boolean asPostgres;
  private final int port;

  private PostgresCluster(Path bin, Path folder, boolean asPostgres, int port) {
    this.bin = bin;
    this.folder = folder;
    this.asPostgres = asPostgres;
    this.port = port;
  }

  /** Makes and starts a cluster; fails saying what to install when PostgreSQL is missing. */
  static PostgresCluster start() throws IOException, InterruptedException {
    Path bin = binaries();
    boolean root = "root".equals(System.getProperty("user.name"));
    Path folder = Files.createTempDirectory("signpost-pg-");
    if (root) {
      UserPrincipal postgres;
      try {
        postgres = folder.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postgres");
      } catch (IOException e) {
        throw new IllegalStateException("running as root, the test PostgreSQL must run as the postgres user, and there is none: "
            + "apt-get install postgresql makes it", e);
      }
      Files.setOwner(folder, postgres);
    }
    PostgresCluster cluster = new PostgresCluster(bin, folder, root, freePort());
    cluster.initialise();
    return cluster;
  }

  private void initialise() throws IOException, InterruptedException {
    Path passwordFile = folder.resolve("password");
    Files.writeString(passwordFile, PASSWORD + "\n");
    if (asPostgres) Files.setOwner(passwordFile, Files.getOwner(folder));
    run("initdb", "-D", folder.resolve("data").toString(), "-U", USER, "--pwfile=" + passwordFile, "--auth=scram-sha-256",
        "-E", "UTF8", "--locale=C", "--no-sync", "--no-instructions");
    // fsync off: the tests kill clients, never this server, and need no crash safety from it.
    run("pg_ctl", "-D", folder.resolve("data").toString(), "-l", folder.resolve("server.log").toString(), "-w", "-t", "60",
        "-o", "-p " + port + " -c listen_addresses=127.0.0.1 -k " + folder + " -c fsync=off -c full_page_writes=off", "start");
  }

  /** Returns settings for a new, empty database in this cluster; {@code data} is the (unused) data folder. */
  StoreSettings newDatabase(Path data) throws SQLException {
    String name = "test_" + DATABASES.incrementAndGet();
    try (Connection c = DriverManager.getConnection(url("postgres"), USER, PASSWORD); Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    }
    return new StoreSettings(data, url(name), USER, PASSWORD, null, 4, Duration.ofSeconds(10));
  }

  String url(String database) {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
  }

  @Override
  public void close() throws IOException, InterruptedException {
    try {
      run("pg_ctl", "-D", folder.resolve("data").toString(), "-m", "immediate", "-w", "stop");
    } finally {
      try (Stream<Path> files = Files.walk(folder)) {
        for (Path file : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(file);
      }
    }
  }

  private void run(String program, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    if (asPostgres) command.addAll(List.of("runuser", "-u", "postgres", "--"));
    command.add(bin.resolve(program).toString());
    command.addAll(List.of(args));
    Path log = Files.createTempFile("signpost-pg-command", ".log");
    try {
      Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
          .redirectOutput(log.toFile()).start();
      if (!process.waitFor(COMMAND_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException(String.join(" ", command) + " did not finish in " + COMMAND_TIMEOUT.toSeconds() + " s");
      }
      if (process.exitValue() != 0) {
        throw new IllegalStateException(String.join(" ", command) + " failed (" + process.exitValue() + "):\n"
            + Files.readString(log, StandardCharsets.UTF_8) + serverLog());
      }
    } finally {
      Files.deleteIfExists(log);
    }
  }

  private String serverLog() throws IOException {
    Path log = folder.resolve("server.log");
    return Files.exists(log) ? "server log:\n" + Files.readString(log, StandardCharsets.UTF_8) : "";
  }

  /** Returns the folder holding initdb and pg_ctl: SIGNPOST_TEST_PG_BIN, else the newest Debian PostgreSQL. */
  private static Path binaries() throws IOException {
    String set = System.getenv("SIGNPOST_TEST_PG_BIN");
    if (set != null && !set.isBlank()) return Path.of(set);
    Path debian = Path.of("/usr/lib/postgresql");
    if (Files.isDirectory(debian)) {
      try (Stream<Path> versions = Files.list(debian)) {
        var newest = versions.filter(v -> v.getFileName().toString().matches("\\d+")).filter(v -> Files.isExecutable(v.resolve("bin/initdb")))
            .max(Comparator.comparingInt(v -> Integer.parseInt(v.getFileName().toString())));
        if (newest.isPresent()) return newest.get().resolve("bin");
      }
    }
    throw new IllegalStateException("PostgreSQL is not installed: the store tests run on a real one. Install it "
        + "(Debian: apt-get install postgresql) or set SIGNPOST_TEST_PG_BIN to the folder holding initdb and pg_ctl");
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
