package signpost.bot.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import signpost.knowledge.org.Contact;
import signpost.knowledge.org.Organisation;
import signpost.knowledge.org.Service;
import signpost.rules.decision.Decision;
import signpost.rules.decision.PlanPart;

/** Turns the rules' referrals into contact cards, using only what the organisation's file states. */
final class Contacts {

  static final String YOUR_EDI_TEAM = "your EDI team";
  static final String YOUR_HR_TEAM = "your HR team (human resources)";

  private Contacts() {}

  /** Returns the cards for the plan's contacts first, then the referrals, each contact once. */
  static List<ContactCard> cards(Decision decision, Optional<Organisation> organisation) {
    return cards(decision, organisation, needs -> List.of());
  }

  /**
   * Returns the cards for the plan's contacts first, then the referrals, each contact once; for needs no organisation
   * file's contact meets, whom the organisation's own documents name for them ({@code documentsName}, see
   * {@link OwnContacts}) before the generic cards.
   */
  static List<ContactCard> cards(Decision decision, Optional<Organisation> organisation,
                                 Function<List<Service>, List<ContactCard>> documentsName) {
    Map<String, ContactCard> cards = new LinkedHashMap<>();
    for (Decision.PlanContact part : decision.planContacts()) {
      organisation.flatMap(o -> o.contact(part.contactId()))
          .ifPresent(c -> cards.putIfAbsent(c.id(), card(c, part(part.part()))));
    }
    for (Decision.Referral referral : decision.referrals()) {
      if (referral.generic()) {
        for (ContactCard named : documentsName.apply(referral.services())) cards.putIfAbsent("document " + named.name(), named);
        generic(referral.services(), cards);
      } else {
        organisation.flatMap(o -> o.contact(referral.contactId()))
            .ifPresent(c -> cards.putIfAbsent(c.id(), card(c, "for " + needs(referral.services()))));
      }
    }
    return new ArrayList<>(cards.values());
  }

  /**
   * Adds the generic cards for needs no named contact meets: HR matters go to "your HR team", the rest to "your EDI
   * team"; neither names anyone, as the organisation's own are not known.
   */
  private static void generic(List<Service> services, Map<String, ContactCard> cards) {
    List<Service> hr = services.stream().filter(s -> s == Service.WORKFORCE).toList();
    List<Service> edi = services.stream().filter(s -> s != Service.WORKFORCE).toList();
    if (!edi.isEmpty()) cards.putIfAbsent("", new ContactCard(YOUR_EDI_TEAM, null, "for " + needs(edi), null));
    if (!hr.isEmpty()) cards.putIfAbsent(" hr", new ContactCard(YOUR_HR_TEAM, null, "for " + needs(hr), null));
  }

  private static ContactCard card(Contact c, String fallbackHow) {
    String role = c.person() == null ? c.role() : c.person() + (c.role() == null ? "" : ", " + c.role());
    String how = c.summary() != null ? c.summary() : fallbackHow;
    if (!c.groups().isEmpty()) how = (c.summary() == null ? "" : c.summary() + " ") + "Groups: " + String.join(", ", c.groups()) + ".";
    return new ContactCard(c.name(), role, how, c.sources().isEmpty() ? null : c.sources().get(0));
  }

  private static String part(PlanPart part) {
    return switch (part) {
      case OFFICER -> "officer contact for the action plan";
      case REVIEWER -> "reviews progress on the action plan";
      case REPORTED_TO -> "receives reports of progress";
      case PRIORITY_OWNER -> "delivers the priority";
    };
  }

  /** Returns what the contact can help with, in a person's words: "advice on Equality Impact Assessments and their sign-off". */
  private static String needs(List<Service> services) {
    List<String> words = services.stream().map(Contacts::words).distinct().toList();
    if (words.size() == 1) return words.get(0);
    return String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.get(words.size() - 1);
  }

  private static String words(Service service) {
    return switch (service) {
      case EQIA_ADVICE -> "advice on Equality Impact Assessments";
      case EQIA_SIGN_OFF -> "who signs off an Equality Impact Assessment";
      case EDI_SIGNPOSTING -> "advice on equality, diversity and inclusion";
      case ACTION_PLAN -> "the equality action plan";
      case WORKFORCE -> "HR matters";
      case STAFF_NETWORK -> "staff networks";
      case PEER_SUPPORT -> "peer support";
      case WELLBEING -> "wellbeing support";
      case GOVERNANCE -> "who leads equality work";
      case SCRUTINY -> "scrutiny of equality work";
    };
  }
}
