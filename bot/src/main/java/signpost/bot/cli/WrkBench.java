package signpost.bot.cli;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the same load with {@code wrk} (Debian's {@code wrk}), an event-driven generator in C that needs far
 * less CPU than Java threads, so that the server rather than the generator is measured. Requests are signed
 * in Java and replayed in turn by a generated Lua script (Slack's signatures stay valid for 5 minutes).
 */
final class WrkBench {

  private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([\\d.]+)");
  private static final Pattern P50 = Pattern.compile("\\s50%\\s+([\\d.]+)(us|ms|s)");
  private static final Pattern P99 = Pattern.compile("\\s99%\\s+([\\d.]+)(us|ms|s)");
  private static final Pattern ERRORS = Pattern.compile("Non-2xx or 3xx responses: (\\d+)");

  /**
   * What wrk reported.
   *
   * @param throughput requests a second
   * @param p50Millis median latency
   * @param p99Millis 99th percentile latency
   * @param errors responses other than 2xx or 3xx
   */
  record Result(double throughput, double p50Millis, double p99Millis, long errors) {}

  private WrkBench() {}

  /** Returns true when {@code wrk} can be run. */
  static boolean available() {
    try {
      Process process = new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start();
      process.getInputStream().readAllBytes();
      return process.waitFor(10, TimeUnit.SECONDS);
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  /**
   * One POST to send: its body and headers.
   *
   * @param body the request body
   * @param headers the request headers, e.g. {@code Content-Type} and a signature or token
   */
  record Post(String body, Map<String, String> headers) {

    /** Returns the HTTP request of this post to {@code url}, for the Java generator. */
    HttpRequest to(URI url) {
      HttpRequest.Builder request = HttpRequest.newBuilder(url).POST(HttpRequest.BodyPublishers.ofString(body));
      headers.forEach(request::header);
      return request.build();
    }
  }

  /** Sends the posts to {@code url}, in turn, at {@code connections} for {@code duration}. */
  static Result posts(URI url, List<Post> posts, int connections, Duration duration) throws IOException, InterruptedException {
    StringBuilder lua = new StringBuilder("local reqs = {}\n");
    for (int i = 0; i < posts.size(); i++) {
      lua.append("reqs[").append(i + 1).append("] = wrk.format(\"POST\", \"").append(url.getPath())
          .append("\", {[\"Host\"]=\"").append(url.getHost()).append('"');
      posts.get(i).headers().forEach((name, value) -> lua.append(", [\"").append(name).append("\"]=\"").append(value).append('"'));
      lua.append("}, [==[").append(posts.get(i).body()).append("]==])\n");
    }
    lua.append("local n = 0\nrequest = function() n = n + 1; return reqs[(n % ").append(posts.size()).append(") + 1] end\n");
    Path script = Files.createTempFile("signpost-posts", ".lua");
    try {
      Files.writeString(script, lua, StandardCharsets.UTF_8);
      return run(url.resolve("/"), connections, duration, script);
    } finally {
      Files.deleteIfExists(script);
    }
  }

  /** Sends plain GETs to {@code url}. */
  static Result plain(URI url, int connections, Duration duration) throws IOException, InterruptedException {
    return run(url, connections, duration, null);
  }

  private static Result run(URI url, int connections, Duration duration, Path script) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("wrk", "-t2", "-c" + connections, "-d" + duration.toSeconds() + "s", "--latency"));
    if (script != null) command.addAll(List.of("-s", script.toString()));
    command.add(url.toString());
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    process.waitFor();
    return new Result(number(RATE, out), millis(P50, out), millis(P99, out), (long) number(ERRORS, out));
  }

  private static double number(Pattern pattern, String out) {
    Matcher m = pattern.matcher(out);
    return m.find() ? Double.parseDouble(m.group(1)) : 0;
  }

  private static double millis(Pattern pattern, String out) {
    Matcher m = pattern.matcher(out);
    if (!m.find()) return Double.NaN;
    double value = Double.parseDouble(m.group(1));
    return switch (m.group(2)) {
      case "us" -> value / 1000;
      case "s" -> value * 1000;
      default -> value;
    };
  }
}
