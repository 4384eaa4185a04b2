package signpost.bot.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Renders {@code deploy/kubernetes} (the base and the example overlay) with {@code kubectl kustomize} and checks what
 * must hold in any cluster: two replicas and a disruption budget, health probes, a non-root read-only container, resource
 * requests, the image's writable folders mounted, and no secret value written into a manifest.
 */
class KubernetesManifestsTest {

  /** Settings that must come from a Secret beyond those that look secret by name. */
  private static final Set<String> FROM_SECRETS = Set.of("SIGNPOST_DB_URL", "SIGNPOST_DB_USER", "MICROSOFT_APP_ID",
      "MICROSOFT_APP_TENANT_ID");

  private final Dockerfile image = Dockerfile.read(Repository.file("deploy/container/Dockerfile"));

  KubernetesManifestsTest() throws IOException {}

  /** Each folder rendered once: kubectl takes about a second. */
  private static final Map<String, Kustomize.Rendered> RENDERED = new HashMap<>();

  private static synchronized Kustomize.Rendered render(String folder) throws Exception {
    Kustomize.Rendered rendered = RENDERED.get(folder);
    if (rendered == null) {
      rendered = Kustomize.render(Repository.file("deploy/kubernetes/" + folder));
      RENDERED.put(folder, rendered);
    }
    return rendered;
  }

  private static JsonNode container(Kustomize.Rendered rendered) {
    JsonNode containers = rendered.one("Deployment").at("/spec/template/spec/containers");
    assertEquals(1, containers.size(), containers.toString());
    return containers.get(0);
  }

  @ParameterizedTest
  @ValueSource(strings = {"base", "overlays/example"})
  void two_replicas_run_and_a_disruption_budget_keeps_one(String folder) throws Exception {
    Kustomize.Rendered rendered = render(folder);
    JsonNode deployment = rendered.one("Deployment");
    assertEquals(2, deployment.at("/spec/replicas").asInt());
    JsonNode budget = rendered.one("PodDisruptionBudget");
    assertTrue(budget.at("/spec/minAvailable").asInt() >= 1, budget.toString());
    budget.at("/spec/selector/matchLabels").fields().forEachRemaining(label ->
        assertEquals(label.getValue(), deployment.at("/spec/template/metadata/labels").path(label.getKey()), "the budget selects the pods"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"base", "overlays/example"})
  void readiness_asks_readyz_and_liveness_healthz_on_the_image_port(String folder) throws Exception {
    JsonNode container = container(render(folder));
    assertEquals("/readyz", container.at("/readinessProbe/httpGet/path").asText());
    assertEquals("/healthz", container.at("/livenessProbe/httpGet/path").asText());
    assertEquals("http", container.at("/livenessProbe/httpGet/port").asText());
    assertEquals("http", container.at("/readinessProbe/httpGet/port").asText());
    assertEquals("http", container.at("/ports/0/name").asText());
    assertEquals(image.env().get("SIGNPOST_PORT"), container.at("/ports/0/containerPort").asText());
  }

  @ParameterizedTest
  @ValueSource(strings = {"base", "overlays/example"})
  void the_container_runs_as_the_image_user_on_a_read_only_root_without_capabilities(String folder) throws Exception {
    Kustomize.Rendered rendered = render(folder);
    JsonNode pod = rendered.one("Deployment").at("/spec/template/spec");
    JsonNode container = container(rendered);
    assertTrue(pod.at("/securityContext/runAsNonRoot").asBoolean(), pod.toString());
    assertEquals(image.user().split(":")[0], pod.at("/securityContext/runAsUser").asText());
    assertEquals("RuntimeDefault", pod.at("/securityContext/seccompProfile/type").asText());
    assertFalse(pod.path("automountServiceAccountToken").asBoolean(true), "no service account token is needed");
    assertTrue(container.at("/securityContext/readOnlyRootFilesystem").asBoolean(), container.toString());
    assertFalse(container.at("/securityContext/allowPrivilegeEscalation").asBoolean(true), container.toString());
    assertEquals("[\"ALL\"]", container.at("/securityContext/capabilities/drop").toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"base", "overlays/example"})
  void cpu_and_memory_are_requested_and_memory_is_limited(String folder) throws Exception {
    JsonNode resources = container(render(folder)).path("resources");
    assertFalse(resources.at("/requests/cpu").asText().isEmpty(), resources.toString());
    assertFalse(resources.at("/requests/memory").asText().isEmpty(), resources.toString());
    assertFalse(resources.at("/limits/memory").asText().isEmpty(), resources.toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"base", "overlays/example"})
  void the_image_volumes_are_writable_and_the_knowledge_read_only(String folder) throws Exception {
    Kustomize.Rendered rendered = render(folder);
    Map<String, JsonNode> volumes = new HashMap<>();
    rendered.one("Deployment").at("/spec/template/spec/volumes").forEach(v -> volumes.put(v.path("name").asText(), v));
    Map<String, JsonNode> mounts = new HashMap<>();
    container(rendered).path("volumeMounts").forEach(m -> mounts.put(m.path("mountPath").asText(), m));
    for (String path : image.volumes()) {
      JsonNode mount = mounts.get(path);
      assertTrue(mount != null && !mount.path("readOnly").asBoolean(), path + " must be mounted writable: " + mounts.keySet());
      assertTrue(volumes.get(mount.path("name").asText()).has("emptyDir"), path + " is the pod's own: " + volumes);
    }
    JsonNode knowledge = mounts.get(image.env().get("SIGNPOST_KNOWLEDGE"));
    assertTrue(knowledge != null && knowledge.path("readOnly").asBoolean(), "the knowledge is mounted read-only: " + mounts.keySet());
    JsonNode source = volumes.get(knowledge.path("name").asText());
    assertTrue(source.has("persistentVolumeClaim") || source.has("configMap"), source.toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"base", "overlays/example"})
  void no_secret_value_is_written_into_a_manifest(String folder) throws Exception {
    Kustomize.Rendered rendered = render(folder);
    assertEquals(List.of(), rendered.all("Secret"), "secrets are made apart, never rendered from the repository");
    List<String> fromSecrets = new ArrayList<>();
    for (JsonNode env : container(rendered).path("env")) {
      String name = env.path("name").asText();
      if (Secrets.looksSecret(name) || FROM_SECRETS.contains(name)) {
        assertFalse(env.has("value"), name + " is written inline: " + env);
        assertFalse(env.at("/valueFrom/secretKeyRef/name").asText().isEmpty(), name + " must come from a secretKeyRef: " + env);
        fromSecrets.add(name);
      }
    }
    assertTrue(fromSecrets.containsAll(List.of("SIGNPOST_DB_URL", "SIGNPOST_DB_PASSWORD", "SLACK_SIGNING_SECRET", "SLACK_BOT_TOKEN",
        "MICROSOFT_APP_PASSWORD")), fromSecrets.toString());
    for (JsonNode map : rendered.all("ConfigMap")) {
      map.path("data").fieldNames().forEachRemaining(key ->
          assertFalse(Secrets.looksSecret(key) || FROM_SECRETS.contains(key), key + " is in ConfigMap " + map.at("/metadata/name")));
    }
  }

  @Test
  void the_overlay_public_hosts_are_the_ingress_hosts_and_have_tls() throws Exception {
    Kustomize.Rendered rendered = render("overlays/example");
    JsonNode settings = rendered.one("ConfigMap");
    String configMap = container(rendered).at("/envFrom/0/configMapRef/name").asText();
    assertEquals(settings.at("/metadata/name").asText(), configMap, "the pods read the rendered settings");
    Set<String> publicHosts = new TreeSet<>(List.of(settings.at("/data/SIGNPOST_PUBLIC_HOSTS").asText().split(",")));
    Set<String> ruleHosts = new TreeSet<>();
    Set<String> tlsHosts = new TreeSet<>();
    JsonNode ingress = rendered.one("Ingress");
    ingress.at("/spec/rules").forEach(rule -> ruleHosts.add(rule.path("host").asText()));
    ingress.at("/spec/tls").forEach(tls -> tls.path("hosts").forEach(h -> tlsHosts.add(h.asText())));
    assertFalse(publicHosts.isEmpty() || publicHosts.contains(""), settings.toString());
    assertEquals(publicHosts, ruleHosts);
    assertEquals(publicHosts, tlsHosts);
    assertEquals("signpost", ingress.at("/spec/rules/0/http/paths/0/backend/service/name").asText());
    assertEquals("signpost", rendered.one("Service").at("/metadata/name").asText());
  }
}
