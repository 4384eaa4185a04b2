package signpost.knowledge.org;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ServiceTest {

  @Test
  void yaml_name_is_the_enum_name_in_kebab_case() {
    assertEquals("eqia-sign-off", Service.EQIA_SIGN_OFF.yamlName());
    assertEquals("staff-network", Service.STAFF_NETWORK.yamlName());
  }

  @Test
  void every_service_reads_back_from_its_yaml_name() {
    for (Service service : Service.values()) {
      assertEquals(Optional.of(service), Service.fromYaml(service.yamlName()));
    }
  }

  @Test
  void yaml_name_is_read_in_any_case_and_an_unknown_one_is_empty() {
    assertEquals(Optional.of(Service.EDI_SIGNPOSTING), Service.fromYaml("EDI-Signposting"));
    assertEquals(Optional.empty(), Service.fromYaml("legal-advice"));
  }
}
