package signpost.rules.routing;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import signpost.knowledge.org.Contact;
import signpost.knowledge.org.Organisation;
import signpost.knowledge.org.Service;
import signpost.rules.features.QuestionFeatures;
import signpost.rules.features.Topic;

/**
 * Picks contacts by what they serve, so one table serves every organisation. The table,
 * {@code signpost/rules/routing.txt}, lists under each topic the services that help with it.
 */
public final class Router {

  private static final int MAX_CONTACTS = 4;

  private final Map<Topic, Set<Service>> servicesByTopic;

  private Router(Map<Topic, Set<Service>> servicesByTopic) {
    this.servicesByTopic = Map.copyOf(servicesByTopic);
  }

  /** Returns the router over the built-in routing table. */
  public static Router builtIn() {
    return new Router(RoutingTable.load("/signpost/rules/routing.txt"));
  }

  /**
   * Returns the services a question's topics call for, in order of the topics. A bare request for a
   * contact adds the general signposting services only when no specific topic named any.
   */
  public Set<Service> servicesFor(QuestionFeatures features) {
    Set<Service> services = new LinkedHashSet<>();
    for (Topic topic : Topic.values()) {
      if (topic != Topic.CONTACT && features.is(topic)) services.addAll(servicesByTopic.getOrDefault(topic, Set.of()));
    }
    if (services.isEmpty() && features.is(Topic.CONTACT)) services.addAll(servicesByTopic.getOrDefault(Topic.CONTACT, Set.of()));
    return services;
  }

  /**
   * Returns who to send the asker to: contacts of the organisation serving the question's needs;
   * empty when the question needs nobody or the organisation is unknown.
   */
  public List<Route> route(QuestionFeatures features, Optional<Organisation> organisation) {
    Set<Service> services = servicesFor(features);
    if (services.isEmpty()) return List.of();
    if (organisation.isEmpty()) return List.of(Route.yourEdiTeam(services));
    Set<Contact> chosen = new LinkedHashSet<>();
    for (Service service : services) chosen.addAll(organisation.get().contactsServing(service));
    if (chosen.isEmpty()) chosen.addAll(organisation.get().contactsServing(Service.EDI_SIGNPOSTING));
    List<Route> routes = new ArrayList<>();
    for (Contact contact : chosen) {
      if (routes.size() == MAX_CONTACTS) break;
      Set<Service> why = EnumSet.noneOf(Service.class);
      why.addAll(contact.serves());
      why.retainAll(services);
      routes.add(Route.to(contact, why));
    }
    return routes.isEmpty() ? List.of(Route.yourEdiTeam(services)) : routes;
  }

}
