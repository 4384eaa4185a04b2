package signpost.bot.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Admins of each organisation by the values of the role claim, compared without regard to case. */
class RolesTest {

  private final Roles roles = new Roles(Map.of("cambridgeshire", Set.of("cambs-edi", "edi-lead@cambs.example"),
      "derbyshire", Set.of("derbys-edi")));

  @Test
  void a_value_makes_its_holder_admin_of_its_organisation_only() {
    assertEquals(Set.of("cambridgeshire"), roles.organisations(List.of("staff", "cambs-edi")));
  }

  @Test
  void values_match_whatever_their_case_and_several_give_several_organisations() {
    assertEquals(List.of("cambridgeshire", "derbyshire"),
        List.copyOf(roles.organisations(List.of("EDI-Lead@Cambs.Example", "DERBYS-EDI"))));
  }

  @Test
  void no_matching_value_is_no_organisation() {
    assertEquals(Set.of(), roles.organisations(List.of("staff")));
    assertEquals(Set.of(), roles.organisations(List.of()));
  }
}
