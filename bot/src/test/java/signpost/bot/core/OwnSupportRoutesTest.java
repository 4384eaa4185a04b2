package signpost.bot.core;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OwnSupportRoutesTest {

  @Test
  void a_route_tells_what_someone_can_do_and_figures_plans_and_the_line_manager_first_are_none() {
    assertTrue(OwnSupportRoutes.isRoute("If a member of the public abuses you, report it on Datix and tell the person in charge."));
    assertFalse(OwnSupportRoutes.isRoute("Harassment from patients: 31.2% of disabled staff, 23.0% of others, 27.4% overall."));
    assertFalse(OwnSupportRoutes.isRoute("Ref: 4.1; Action: Implement zero tolerance and report monthly; Owner: Craig Benson;"
        + " Due: Q2 2025/26"));
    assertFalse(OwnSupportRoutes.isRoute("Talk to your line manager first if you can, or report it to HR."));
    assertFalse(OwnSupportRoutes.isRoute("Our staff networks meet monthly in work time."), "nothing to do");
  }

  @Test
  void harm_is_what_others_do_to_someone_not_a_worry_of_their_own() {
    assertTrue(OwnSupportRoutes.reportsHarm("a patient's son keeps making comments about my accent"));
    assertTrue(OwnSupportRoutes.reportsHarm("my team leader keeps making 'jokes' about me being gay"));
    assertFalse(OwnSupportRoutes.reportsHarm("just been diagnosed with MS and scared to tell my manager"));
  }
}
