package signpost.bot.core;

import java.util.List;
import java.util.stream.Collectors;
import signpost.knowledge.org.Contact;
import signpost.knowledge.org.Service;
import signpost.rules.routing.Route;

/** Turns routes into contact cards, using only what the organisation's file states. */
final class Contacts {

  static final String YOUR_EDI_TEAM = "your EDI team";

  private Contacts() {}

  static List<ContactCard> cards(List<Route> routes) {
    return routes.stream().map(Contacts::card).toList();
  }

  private static ContactCard card(Route route) {
    if (route.generic()) {
      return new ContactCard(YOUR_EDI_TEAM, null, "for " + needs(route), null);
    }
    Contact c = route.contact();
    String role = c.person() == null ? c.role() : c.person() + (c.role() == null ? "" : ", " + c.role());
    String how = c.summary() != null ? c.summary() : "for " + needs(route);
    if (!c.groups().isEmpty()) how = (c.summary() == null ? "" : c.summary() + " ") + "Groups: " + String.join(", ", c.groups()) + ".";
    return new ContactCard(c.name(), role, how, c.sources().isEmpty() ? null : c.sources().get(0));
  }

  private static String needs(Route route) {
    return route.services().stream().map(Service::yamlName).map(s -> s.replace('-', ' '))
        .collect(Collectors.joining(", "));
  }
}
