package signpost.bot.deploy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The runtime stage of {@code deploy/container/Dockerfile} as the tests read it: its environment, user, volumes, health
 * check and start command. Reading the file itself keeps the tests and the image from drifting apart.
 *
 * @param stages how many {@code FROM} lines the file has
 * @param env the runtime stage's {@code ENV} settings, in order
 * @param user the {@code USER} line's value
 * @param volumes the {@code VOLUME} paths
 * @param healthCheck the shell command after {@code HEALTHCHECK ... CMD}
 * @param entrypoint the {@code ENTRYPOINT} in exec form
 * @param cmd the {@code CMD} in exec form
 */
record Dockerfile(int stages, Map<String, String> env, String user, List<String> volumes, String healthCheck,
                  List<String> entrypoint, List<String> cmd) {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};

  /** Returns the command the container runs: its entrypoint, then its default arguments. */
  List<String> command() {
    List<String> command = new ArrayList<>(entrypoint);
    command.addAll(cmd);
    return command;
  }

  /** Reads {@code file}, keeping the instructions after its last {@code FROM}. */
  static Dockerfile read(Path file) throws IOException {
    List<String> instructions = instructions(Files.readString(file));
    int stages = 0;
    Map<String, String> env = new LinkedHashMap<>();
    String user = null;
    List<String> volumes = new ArrayList<>();
    String healthCheck = null;
    List<String> entrypoint = List.of();
    List<String> cmd = List.of();
    for (String instruction : instructions) {
      String[] parts = instruction.split("\\s+", 2);
      String rest = parts.length > 1 ? parts[1] : "";
      switch (parts[0].toUpperCase(java.util.Locale.ROOT)) {
        case "FROM" -> {
          stages++;
          env.clear();
          volumes.clear();
        }
        case "ENV" -> env.putAll(pairs(rest, file));
        case "USER" -> user = rest.strip();
        case "VOLUME" -> volumes.addAll(JSON.readValue(rest, STRINGS));
        case "HEALTHCHECK" -> healthCheck = rest.substring(rest.indexOf(" CMD ") + 5).strip();
        case "ENTRYPOINT" -> entrypoint = JSON.readValue(rest, STRINGS);
        case "CMD" -> cmd = JSON.readValue(rest, STRINGS);
        default -> { }
      }
    }
    return new Dockerfile(stages, Collections.unmodifiableMap(env), user, List.copyOf(volumes), healthCheck, entrypoint, cmd);
  }

  /** Returns the file's instructions, each on one line: comments dropped, continued lines joined. */
  private static List<String> instructions(String text) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : text.split("\n")) {
      if (line.strip().startsWith("#") || line.isBlank() && current.isEmpty()) continue;
      boolean continues = line.endsWith("\\");
      current.append(continues ? line.substring(0, line.length() - 1) : line).append(' ');
      if (!continues) {
        out.add(current.toString().strip());
        current.setLength(0);
      }
    }
    return out;
  }

  /** Returns {@code KEY=value} pairs separated by spaces; values here never hold spaces or quotes. */
  private static Map<String, String> pairs(String text, Path file) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String pair : text.strip().split("\\s+")) {
      int equals = pair.indexOf('=');
      if (equals < 1) throw new IllegalArgumentException(file + ": ENV must be KEY=value pairs: " + text);
      out.put(pair.substring(0, equals), pair.substring(equals + 1));
    }
    return out;
  }
}
