package signpost.rules.routing;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import signpost.knowledge.org.Service;
import signpost.rules.RulesException;
import signpost.rules.SectionFile;
import signpost.rules.features.Topic;

/** Reads the routing table: {@code [TOPIC]} sections listing services in the organisation files' spelling. */
final class RoutingTable {

  private RoutingTable() {}

  static Map<Topic, Set<Service>> load(String resource) {
    return of(SectionFile.load(resource, "routing table", Topic.class, "topic", "service"), resource);
  }

  static Map<Topic, Set<Service>> parse(String name, BufferedReader reader) throws IOException {
    return of(SectionFile.parse(name, reader, Topic.class, "topic", "service"), name);
  }

  private static Map<Topic, Set<Service>> of(List<SectionFile.Entry<Topic>> entries, String name) {
    Map<Topic, Set<Service>> table = new EnumMap<>(Topic.class);
    for (SectionFile.Entry<Topic> entry : entries) {
      Service service = Service.fromYaml(entry.text()).orElseThrow(
          () -> new RulesException(name + ":" + entry.line() + ": unknown service " + entry.text()));
      table.computeIfAbsent(entry.section(), t -> new LinkedHashSet<>()).add(service);
    }
    return table;
  }
}
