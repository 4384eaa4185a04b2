package signpost.bot.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Renders a Kustomize folder with the real {@code kubectl kustomize} and reads back the objects it prints. */
final class Kustomize {

  private static final YAMLMapper YAML = new YAMLMapper();

  private Kustomize() {}

  /**
   * Returns the objects {@code kubectl kustomize folder} renders.
   *
   * @throws IllegalStateException when kubectl is missing or fails, with what it said
   */
  static Rendered render(Path folder) throws IOException, InterruptedException {
    Process kubectl;
    try {
      kubectl = new ProcessBuilder("kubectl", "kustomize", folder.toString()).start();
    } catch (IOException e) {
      throw new IllegalStateException("kubectl renders the manifests; install it (Debian: apt-get install kubernetes-client): "
          + e.getMessage(), e);
    }
    kubectl.getOutputStream().close();
    byte[] out = kubectl.getInputStream().readAllBytes();
    String err = new String(kubectl.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!kubectl.waitFor(60, TimeUnit.SECONDS) || kubectl.exitValue() != 0) {
      throw new IllegalStateException("kubectl kustomize " + folder + " failed:\n" + err);
    }
    List<JsonNode> objects = new ArrayList<>();
    try (MappingIterator<JsonNode> documents = YAML.readerFor(JsonNode.class).readValues(out)) {
      while (documents.hasNext()) {
        JsonNode object = documents.next();
        if (object != null && !object.isNull() && !object.isEmpty()) objects.add(object);
      }
    }
    return new Rendered(List.copyOf(objects));
  }

  /** The objects one rendering holds. */
  record Rendered(List<JsonNode> objects) {

    /** Returns the objects of one kind. */
    List<JsonNode> all(String kind) {
      return objects.stream().filter(o -> o.path("kind").asText().equals(kind)).toList();
    }

    /**
     * Returns the only object of a kind.
     *
     * @throws AssertionError when there is none or more than one
     */
    JsonNode one(String kind) {
      List<JsonNode> found = all(kind);
      if (found.size() != 1) throw new AssertionError("expected one " + kind + ", rendered " + found.size());
      return found.get(0);
    }
  }
}
