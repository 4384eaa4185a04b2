package signpost.knowledge.yaml;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import signpost.knowledge.KnowledgeException;

/**
 * Reads one YAML mapping by key, remembering which keys were read so the rest can be reported
 * as unknown. Every error names the file, the line and the path, e.g. {@code contacts[2].serves}.
 */
public final class YamlMap {

  private final YamlNodes yaml;
  private final String path;
  private final MappingNode node;
  private final Map<String, NodeTuple> entries = new LinkedHashMap<>();
  private final Set<String> read = new HashSet<>();

  YamlMap(YamlNodes yaml, String path, MappingNode node) {
    this.yaml = yaml;
    this.path = path;
    this.node = node;
    for (NodeTuple tuple : node.getValue()) {
      String key = yaml.text(tuple.getKeyNode(), path.isEmpty() ? "a top-level key" : "a key of " + path);
      if (entries.putIfAbsent(key, tuple) != null) {
        throw yaml.error(tuple.getKeyNode(), "duplicate key " + path(key));
      }
    }
  }

  /** Returns the path of a key below this mapping, e.g. {@code contacts[2].serves}. */
  public String path(String key) {
    return path.isEmpty() ? key.strip() : path + "." + key.strip();
  }

  public Node node() {
    return node;
  }

  /** Returns the reader of the file this mapping is in, to read list items by node. */
  public YamlNodes nodes() {
    return yaml;
  }

  /** Returns the value under the key, or empty when the key is absent or its value is null. */
  public Optional<Node> value(String key) {
    read.add(key);
    NodeTuple tuple = entries.get(key);
    if (tuple == null || YamlNodes.isNull(tuple.getValueNode())) return Optional.empty();
    return Optional.of(tuple.getValueNode());
  }

  /** Returns the text under the key, or throws when it is absent. */
  public String text(String key) {
    Node value = value(key).orElseThrow(() -> yaml.error(node, path(key) + " is required"));
    return yaml.text(value, path(key));
  }

  /** Returns the text under the key, or null when it is absent. */
  public String optionalText(String key) {
    return value(key).map(value -> yaml.text(value, path(key))).orElse(null);
  }

  /** Returns the list of texts under the key, empty when it is absent. */
  public List<String> texts(String key) {
    List<String> texts = new ArrayList<>();
    List<Node> items = list(key);
    for (int i = 0; i < items.size(); i++) texts.add(yaml.text(items.get(i), path(key) + "[" + i + "]"));
    return texts;
  }

  /** Returns the text or list of texts under the key, empty when it is absent. */
  public List<String> textOrTexts(String key) {
    Optional<Node> value = value(key);
    if (value.isPresent() && value.get() instanceof ScalarNode) return List.of(yaml.text(value.get(), path(key)));
    return texts(key);
  }

  /** Returns the document ids under {@code source}, given as one text or a list. */
  public List<String> sources() {
    return textOrTexts("source");
  }

  /** Returns the items of the list under the key, empty when it is absent. */
  public List<Node> list(String key) {
    return value(key).map(value -> yaml.list(value, path(key))).orElse(List.of());
  }

  /** Returns the mappings in the list under the key, empty when it is absent. */
  public List<YamlMap> maps(String key) {
    List<YamlMap> maps = new ArrayList<>();
    List<Node> items = list(key);
    for (int i = 0; i < items.size(); i++) maps.add(yaml.map(items.get(i), path(key) + "[" + i + "]"));
    return maps;
  }

  /** Returns the mapping under the key, or empty when it is absent. */
  public Optional<YamlMap> map(String key) {
    return value(key).map(value -> yaml.map(value, path(key)));
  }

  /** Returns the keys in file order, each marked as read. */
  public List<String> keys() {
    read.addAll(entries.keySet());
    return List.copyOf(entries.keySet());
  }

  /** Returns an error pointing at the value under the key, or at this mapping when it is absent. */
  public KnowledgeException error(String key, String message) {
    NodeTuple tuple = entries.get(key);
    return yaml.error(tuple == null ? node : tuple.getValueNode(), message);
  }

  /** Warns about every key that was never read: a typo, or a section this version does not know. */
  public void warnUnknownKeys() {
    entries.forEach((key, tuple) -> {
      if (!read.contains(key)) yaml.warn(tuple.getKeyNode(), "unknown key " + path(key) + " ignored");
    });
  }
}
