package signpost.knowledge.org;

import signpost.knowledge.yaml.YamlMap;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/** Reads the {@code contacts} section; an unknown service is a warning, a repeated id an error. */
final class ContactReader {

  private ContactReader() {}

  static List<Contact> read(YamlMap root) {
    List<Contact> contacts = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (YamlMap entry : root.maps("contacts")) {
      Contact contact = new Contact(entry.text("id"), entry.text("name"), entry.optionalText("role"),
          entry.optionalText("person"), serves(entry), entry.optionalText("summary"),
          entry.texts("groups"), entry.sources());
      if (!ids.add(contact.id())) throw entry.error("id", entry.path("id") + " repeats " + contact.id());
      entry.warnUnknownKeys();
      contacts.add(contact);
    }
    return contacts;
  }

  private static Set<Service> serves(YamlMap entry) {
    Set<Service> serves = EnumSet.noneOf(Service.class);
    List<Node> items = entry.list("serves");
    for (int i = 0; i < items.size(); i++) {
      String text = entry.nodes().text(items.get(i), entry.path("serves") + "[" + i + "]");
      Optional<Service> service = Service.fromYaml(text);
      if (service.isPresent()) {
        serves.add(service.get());
      } else {
        entry.nodes().warn(items.get(i), "unknown service " + text + " in " + entry.path("serves") + " ignored");
      }
    }
    return serves;
  }
}
