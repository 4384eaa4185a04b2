package signpost.bot.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Checks what {@code deploy/container} promises without a container runtime: a non-root image whose writable folders
 * are volumes, with a health check and memory flags, and a compose file that mounts those volumes and the knowledge
 * where the image expects them. {@link ContainerStartIT} runs the image's command.
 */
class ContainerImageTest {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private final Dockerfile image = Dockerfile.read(Repository.file("deploy/container/Dockerfile"));

  ContainerImageTest() throws IOException {}

  @Test
  void the_jar_is_built_in_one_stage_and_run_in_another() {
    assertEquals(2, image.stages());
    assertEquals(List.of("serve"), image.cmd());
    assertEquals("java", image.entrypoint().get(0));
  }

  @Test
  void it_runs_as_a_numeric_user_that_is_not_root() {
    String uid = image.user().split(":")[0];
    assertTrue(uid.matches("\\d+") && !uid.equals("0"), "USER must be a numeric uid other than 0 (Kubernetes checks runAsNonRoot by it): "
        + image.user());
  }

  @Test
  void the_data_and_cache_and_the_cache_key_beside_it_are_inside_volumes() {
    Path cache = Path.of(image.env().get("SIGNPOST_CACHE"));
    for (Path written : List.of(Path.of(image.env().get("SIGNPOST_DATA")), cache, cache.resolveSibling(cache.getFileName() + ".key"))) {
      assertTrue(image.volumes().stream().anyMatch(v -> written.startsWith(v)), written + " is in none of " + image.volumes());
    }
  }

  @Test
  void the_heap_follows_the_memory_limit_and_temporary_files_go_to_a_volume() {
    assertTrue(image.entrypoint().stream().anyMatch(a -> a.startsWith("-XX:MaxRAMPercentage=")), image.entrypoint().toString());
    assertTrue(image.entrypoint().contains("-XX:+ExitOnOutOfMemoryError"), image.entrypoint().toString());
    String tmp = image.entrypoint().stream().filter(a -> a.startsWith("-Djava.io.tmpdir=")).findFirst().orElseThrow();
    assertTrue(image.volumes().stream().anyMatch(v -> Path.of(tmp.substring(tmp.indexOf('=') + 1)).startsWith(v)), tmp);
  }

  @Test
  void native_memory_is_kept_as_small_as_a_serve_outside_a_container_keeps_it() {
    // The container runs the server in its first JVM, so the flags the launcher gives serve's JVM are the image's own.
    assertTrue(image.entrypoint().contains("-Djdk.nio.maxCachedBufferSize=0"), image.entrypoint().toString());
    assertTrue(image.entrypoint().contains("-XX:TrimNativeHeapInterval=10000"), image.entrypoint().toString());
  }

  @Test
  void the_health_check_asks_healthz_on_the_configured_port() {
    assertTrue(image.healthCheck().contains("http://127.0.0.1:${SIGNPOST_PORT}/healthz"), image.healthCheck());
  }

  @Test
  void compose_runs_signpost_read_only_with_the_image_volumes_the_knowledge_and_postgresql() throws IOException {
    JsonNode compose = YAML.readTree(Repository.file("deploy/container/compose.yaml").toFile());
    JsonNode signpost = compose.at("/services/signpost");
    assertTrue(signpost.path("read_only").asBoolean(), "read_only: true");
    List<String> targets = new ArrayList<>();
    for (JsonNode volume : signpost.path("volumes")) {
      targets.add(volume.isTextual() ? volume.asText().split(":")[1] : volume.path("target").asText());
      if (volume.path("target").asText().equals(image.env().get("SIGNPOST_KNOWLEDGE"))) {
        assertTrue(volume.path("read_only").asBoolean(), "the knowledge is mounted read-only: " + volume);
      }
    }
    List<String> wanted = new ArrayList<>(image.volumes());
    wanted.add(image.env().get("SIGNPOST_KNOWLEDGE"));
    assertTrue(targets.containsAll(wanted), targets + " must mount " + wanted);
    assertTrue(signpost.at("/environment/SIGNPOST_DB_URL").asText().startsWith("jdbc:postgresql://db:"), signpost.toString());
    assertEquals("service_healthy", signpost.at("/depends_on/db/condition").asText());
    assertTrue(compose.at("/services/db/image").asText().startsWith("postgres:"), compose.toString());
  }

  @Test
  void compose_takes_every_secret_from_the_environment() throws IOException {
    JsonNode compose = YAML.readTree(Repository.file("deploy/container/compose.yaml").toFile());
    for (JsonNode service : compose.path("services")) {
      service.path("environment").fields().forEachRemaining(setting -> {
        if (Secrets.looksSecret(setting.getKey())) {
          assertTrue(setting.getValue().asText().startsWith("${"),
              setting.getKey() + " must come from the environment, not be written here: " + setting.getValue());
        }
      });
    }
  }
}
