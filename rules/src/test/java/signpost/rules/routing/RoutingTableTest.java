package signpost.rules.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import signpost.knowledge.org.Service;
import signpost.rules.RulesException;
import signpost.rules.features.Topic;

class RoutingTableTest {

  private static Map<Topic, Set<Service>> parse(String text) throws IOException {
    return RoutingTable.parse("routing.txt", new BufferedReader(new StringReader(text)));
  }

  @Test
  void services_are_listed_under_their_topic_in_file_order() throws IOException {
    Map<Topic, Set<Service>> table = parse("# who helps\n[EQIA]\neqia-advice\neqia-sign-off\n[contact]\nedi-signposting\n");

    assertEquals(Map.of(Topic.EQIA, Set.of(Service.EQIA_ADVICE, Service.EQIA_SIGN_OFF),
        Topic.CONTACT, Set.of(Service.EDI_SIGNPOSTING)), table);
    assertEquals(java.util.List.of(Service.EQIA_ADVICE, Service.EQIA_SIGN_OFF), java.util.List.copyOf(table.get(Topic.EQIA)));
  }

  @Test
  void unknown_topic_names_the_line() {
    RulesException e = assertThrows(RulesException.class, () -> parse("[EQIA]\neqia-advice\n\n[GOSSIP]\n"));

    assertEquals("routing.txt:4: unknown topic [GOSSIP]; expected one of " + java.util.Arrays.toString(Topic.values()),
        e.getMessage());
  }

  @Test
  void unknown_service_names_the_line() {
    RulesException e = assertThrows(RulesException.class, () -> parse("[EQIA]\neqia-advice\ntea-making\n"));

    assertEquals("routing.txt:3: unknown service tea-making", e.getMessage());
  }

  @Test
  void service_before_any_topic_names_the_line() {
    RulesException e = assertThrows(RulesException.class, () -> parse("# comment\neqia-advice\n"));

    assertEquals("routing.txt:2: service before any [TOPIC]: eqia-advice", e.getMessage());
  }

  @Test
  void built_in_table_loads() {
    assertEquals(Set.of(Service.EQIA_ADVICE, Service.EQIA_SIGN_OFF),
        RoutingTable.load("/signpost/rules/routing.txt").get(Topic.EQIA));
  }
}
