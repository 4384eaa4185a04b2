package signpost.knowledge.org;

import signpost.knowledge.yaml.YamlMap;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.nodes.Node;

/** Reads contact ids that other sections refer to, and rejects an id no contact has. */
final class ContactRefs {

  private final Set<String> ids;

  ContactRefs(List<Contact> contacts) {
    this.ids = contacts.stream().map(Contact::id).collect(Collectors.toUnmodifiableSet());
  }

  /** Returns the contact id under the key, or null when it is absent. */
  String optional(YamlMap map, String key) {
    return map.value(key).map(node -> check(map, node, map.path(key))).orElse(null);
  }

  /** Returns the contact ids in the list under the key, empty when it is absent. */
  List<String> list(YamlMap map, String key) {
    List<String> refs = new ArrayList<>();
    List<Node> items = map.list(key);
    for (int i = 0; i < items.size(); i++) refs.add(check(map, items.get(i), map.path(key) + "[" + i + "]"));
    return refs;
  }

  private String check(YamlMap map, Node node, String path) {
    String id = map.nodes().text(node, path);
    if (!ids.contains(id)) throw map.nodes().error(node, path + " names no contact in contacts: " + id);
    return id;
  }
}
