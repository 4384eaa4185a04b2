package signpost.rules.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import signpost.knowledge.org.Organisation;
import signpost.knowledge.org.Service;
import signpost.rules.features.FeatureRecogniser;
import signpost.rules.features.QuestionFeatures;
import signpost.rules.features.Topic;

class RouterTest {

  private static final Router ROUTER = Router.builtIn();
  private static final Organisation CAMBRIDGESHIRE = SharedOrganisations.load("cambridgeshire");

  private static QuestionFeatures about(Topic... topics) {
    return new QuestionFeatures(Set.of(topics), Set.of(), Set.of(), Set.of(), Set.of());
  }

  @Test
  void eqia_question_in_cambridgeshire_goes_to_the_eqia_super_users_first() {
    QuestionFeatures features = FeatureRecogniser.builtIn().recognise("Who signs off my EqIA?");

    List<Route> routes = ROUTER.route(features, Optional.of(CAMBRIDGESHIRE));

    assertEquals("eqia-super-users", routes.get(0).contact().id());
    assertEquals(Set.of(Service.EQIA_ADVICE, Service.EQIA_SIGN_OFF), routes.get(0).services());
    assertFalse(routes.get(0).generic());
  }

  @Test
  void routes_only_name_services_the_question_called_for() {
    List<Route> routes = ROUTER.route(about(Topic.EQIA), Optional.of(CAMBRIDGESHIRE));

    Set<Service> wanted = Set.of(Service.EQIA_ADVICE, Service.EQIA_SIGN_OFF);
    assertTrue(routes.stream().allMatch(r -> wanted.containsAll(r.services()) && !r.services().isEmpty()),
        routes.toString());
  }

  @Test
  void unknown_organisation_gets_one_generic_route() {
    List<Route> routes = ROUTER.route(about(Topic.EQIA), Optional.empty());

    assertEquals(List.of(new Route(null, Set.of(Service.EQIA_ADVICE, Service.EQIA_SIGN_OFF))), routes);
    assertTrue(routes.get(0).generic());
  }

  @Test
  void question_that_needs_nobody_gets_no_route() {
    assertEquals(List.of(), ROUTER.route(about(Topic.DEFINITION, Topic.DUTY), Optional.of(CAMBRIDGESHIRE)));
    assertEquals(List.of(), ROUTER.route(about(), Optional.empty()));
  }

  @Test
  void no_more_than_four_contacts_are_given() {
    List<Route> routes = ROUTER.route(about(Topic.SUPPORT, Topic.NETWORK, Topic.ACTION_PLAN), Optional.of(CAMBRIDGESHIRE));

    assertTrue(routes.size() <= 4 && !routes.isEmpty(), routes.toString());
  }

  @Test
  void services_follow_the_topic_order_then_the_table_order() {
    assertEquals(List.of(Service.EQIA_ADVICE, Service.EQIA_SIGN_OFF, Service.EDI_SIGNPOSTING, Service.WORKFORCE,
        Service.STAFF_NETWORK, Service.PEER_SUPPORT), List.copyOf(ROUTER.servicesFor(about(Topic.SUPPORT, Topic.EQIA))));
  }

  @Test
  void asking_for_a_contact_on_a_specific_topic_gets_only_that_topics_services() {
    assertEquals(List.of(Service.EQIA_ADVICE, Service.EQIA_SIGN_OFF),
        List.copyOf(ROUTER.servicesFor(about(Topic.CONTACT, Topic.EQIA))));
  }

  @Test
  void a_bare_request_for_a_contact_gets_the_signposting_services() {
    assertEquals(List.of(Service.EDI_SIGNPOSTING), List.copyOf(ROUTER.servicesFor(about(Topic.CONTACT))));
  }
}
