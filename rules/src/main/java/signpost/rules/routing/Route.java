package signpost.rules.routing;

import java.util.Set;
import signpost.knowledge.org.Contact;
import signpost.knowledge.org.Service;

/**
 * Who to go to, and for what.
 *
 * @param contact the organisation's contact, or null for the generic "your EDI team"
 * @param services what the contact was chosen for
 */
public record Route(Contact contact, Set<Service> services) {

  public Route {
    services = Set.copyOf(services);
  }

  static Route to(Contact contact, Set<Service> services) {
    return new Route(contact, services);
  }

  /** Returns the route used where the organisation's contacts are unknown: no name is invented. */
  static Route yourEdiTeam(Set<Service> services) {
    return new Route(null, services);
  }

  /** Returns true when this points at the generic "your EDI team" rather than a named contact. */
  public boolean generic() {
    return contact == null;
  }
}
