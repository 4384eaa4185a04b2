package signpost.knowledge.org;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OrganisationTest {

  private static final Contact NETWORK = new Contact("network", "Staff network", null, null,
      Set.of(Service.STAFF_NETWORK, Service.PEER_SUPPORT), null, List.of(), List.of("doc"));
  private static final Contact GROUPS = new Contact("groups", "Peer groups", null, null,
      Set.of(Service.PEER_SUPPORT), null, List.of("Carers"), List.of("doc"));

  @Test
  void contacts_serving_a_service_keep_file_order_and_may_be_none() {
    Organisation org = organisation(List.of(NETWORK, GROUPS));

    assertEquals(List.of(NETWORK, GROUPS), org.contactsServing(Service.PEER_SUPPORT));
    assertEquals(List.of(), org.contactsServing(Service.EQIA_SIGN_OFF));
  }

  @Test
  void contact_is_found_by_id_only() {
    Organisation org = organisation(List.of(NETWORK, GROUPS));

    assertEquals(Optional.of(GROUPS), org.contact("groups"));
    assertEquals(Optional.empty(), org.contact("Peer groups"));
    assertFalse(org.hasLocalDuty("socio-economic-duty"));
  }

  @Test
  void lists_are_copied_and_cannot_be_changed() {
    List<Contact> contacts = new ArrayList<>(List.of(NETWORK));
    Organisation org = organisation(contacts);
    contacts.add(GROUPS);

    assertEquals(List.of(NETWORK), org.contacts());
    assertThrows(UnsupportedOperationException.class, () -> org.contacts().add(GROUPS));
    assertThrows(UnsupportedOperationException.class, () -> NETWORK.serves().add(Service.WELLBEING));
  }

  private static Organisation organisation(List<Contact> contacts) {
    return new Organisation("foo", "Foo Council", List.of(), Nation.WALES, contacts, List.of(), List.of(),
        List.of(), List.of(), null, List.of(), List.of(), List.of(), null, null, null, List.of(), List.of());
  }
}
