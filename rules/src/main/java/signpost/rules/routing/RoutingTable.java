package signpost.rules.routing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import signpost.knowledge.org.Service;
import signpost.rules.RulesException;
import signpost.rules.features.Topic;

/** Reads the routing table: {@code [TOPIC]} sections listing services in the organisation files' spelling. */
final class RoutingTable {

  private RoutingTable() {}

  static Map<Topic, Set<Service>> load(String resource) {
    try (InputStream in = RoutingTable.class.getResourceAsStream(resource)) {
      if (in == null) throw new RulesException("missing routing table " + resource);
      return parse(resource, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  static Map<Topic, Set<Service>> parse(String name, BufferedReader reader) throws IOException {
    Map<Topic, Set<Service>> table = new EnumMap<>(Topic.class);
    Topic topic = null;
    int number = 0;
    for (String line; (line = reader.readLine()) != null; ) {
      number++;
      String text = line.strip();
      if (text.isEmpty() || text.startsWith("#")) continue;
      if (text.startsWith("[") && text.endsWith("]")) {
        topic = topic(text.substring(1, text.length() - 1), name, number);
      } else if (topic == null) {
        throw new RulesException(name + ":" + number + ": service before any [TOPIC]: " + text);
      } else {
        final int at = number;
        Service service = Service.fromYaml(text)
            .orElseThrow(() -> new RulesException(name + ":" + at + ": unknown service " + text));
        table.computeIfAbsent(topic, t -> new LinkedHashSet<>()).add(service);
      }
    }
    return table;
  }

  private static Topic topic(String label, String name, int line) {
    try {
      return Topic.valueOf(label.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw new RulesException(name + ":" + line + ": unknown topic [" + label + "]");
    }
  }
}
