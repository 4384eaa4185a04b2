package signpost.rules.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import signpost.knowledge.Passage;
import signpost.knowledge.org.ActionPlan;
import signpost.knowledge.org.Contact;
import signpost.knowledge.org.Organisation;
import signpost.knowledge.org.Priority;
import signpost.knowledge.org.Service;
import signpost.knowledge.org.Theme;
import signpost.rules.decision.PlanPart;
import signpost.rules.facts.About;
import signpost.rules.facts.AdverseImpactFound;
import signpost.rules.facts.Affects;
import signpost.rules.facts.AskerIs;
import signpost.rules.facts.AsksAboutUnknownBody;
import signpost.rules.facts.Asks;
import signpost.rules.facts.ConsiderKind;
import signpost.rules.facts.ContactServes;
import signpost.rules.facts.Describes;
import signpost.rules.facts.InOrganisation;
import signpost.rules.facts.LocalDutyAdopted;
import signpost.rules.facts.LocalGroup;
import signpost.rules.facts.Names;
import signpost.rules.facts.PassageQuoted;
import signpost.rules.facts.PlanRole;
import signpost.rules.facts.PlanTimetable;
import signpost.rules.facts.ScreeningUnderWay;
import signpost.rules.facts.SlotFilled;
import signpost.rules.facts.ThemeOf;
import signpost.rules.features.QuestionFeatures;

/** Turns a situation into the facts a session starts from. */
final class FactSheet {

  /** Words too common in theme names to show which theme a question means. */
  private static final Set<String> COMMON = Set.of("a", "an", "and", "the", "for", "of", "to", "in", "on", "our",
      "with", "able", "everyone", "people", "all", "who", "their");

  private FactSheet() {}

  static List<Object> of(Situation situation) {
    List<Object> facts = new ArrayList<>();
    QuestionFeatures f = situation.features();
    f.topics().forEach(t -> facts.add(new About(t)));
    f.activities().forEach(a -> facts.add(new Describes(a)));
    f.affected().forEach(a -> facts.add(new Affects(a)));
    f.characteristics().forEach(c -> facts.add(new Names(c)));
    f.roles().forEach(r -> facts.add(new AskerIs(r)));
    f.asks().forEach(a -> facts.add(new Asks(a)));
    for (Passage passage : situation.quoted()) {
      facts.add(new PassageQuoted(passage.document().id(), passage.document().builtIn()));
    }
    if (situation.unknownBody() != null) facts.add(new AsksAboutUnknownBody(situation.unknownBody()));
    if (situation.ownExample() != null) facts.add(situation.ownExample());
    // A duty the documents tell of, unless the organisation file states it already.
    for (LocalDutyAdopted duty : situation.documentedDuties()) {
      boolean stated = situation.organisation() != null
          && situation.organisation().localDuties().stream().anyMatch(d -> d.id().equals(duty.dutyId()));
      if (!stated) facts.add(duty);
    }
    if (situation.screening() != null) {
      facts.add(new ScreeningUnderWay());
      situation.screening().filled().forEach(slot -> facts.add(new SlotFilled(slot)));
      List<String> adverse = situation.screening().adverse();
      if (!adverse.isEmpty()) facts.add(new AdverseImpactFound(inWords(adverse)));
    }
    if (situation.organisation() != null) {
      addOrganisation(situation.organisation(), words(situation.question()), facts);
    } else if (situation.documentedAs() != null) {
      facts.add(situation.documentedAs());
    }
    return facts;
  }

  /** Returns the items as a person lists them: "age", "age and disability", "age, disability and sex". */
  static String inWords(List<String> items) {
    if (items.size() == 1) return items.get(0);
    return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
  }

  private static void addOrganisation(Organisation org, Set<String> questionWords, List<Object> facts) {
    facts.add(new InOrganisation(org.id(), org.name(), org.nation()));
    List<Contact> contacts = org.contacts();
    for (int i = 0; i < contacts.size(); i++) {
      for (Service service : contacts.get(i).serves()) facts.add(new ContactServes(contacts.get(i).id(), service, i));
    }
    org.localDuties().forEach(d -> facts.add(new LocalDutyAdopted(d.id(), d.appliesTo())));
    for (int i = 0; i < org.localCharacteristics().size(); i++) {
      facts.add(new LocalGroup(org.localCharacteristics().get(i).name(), ConsiderKind.LOCAL_CHARACTERISTIC, i));
    }
    for (int i = 0; i < org.priorityGroups().size(); i++) {
      facts.add(new LocalGroup(org.priorityGroups().get(i).name(), ConsiderKind.PRIORITY_GROUP, i));
    }
    for (Theme theme : org.themes()) facts.add(themeOf(theme.id(), theme.name(), questionWords));
    for (Priority priority : org.priorities()) {
      facts.add(themeOf(priority.id(), priority.name(), questionWords));
      if (priority.ownerContactId() != null) {
        facts.add(new PlanRole(priority.ownerContactId(), PlanPart.PRIORITY_OWNER, priority.id()));
      }
    }
    if (org.draftPlan() != null && !org.draftPlan().timetable().isEmpty()) {
      facts.add(new PlanTimetable(org.draftPlan().timetable().size()));
    }
    ActionPlan plan = org.actionPlan();
    if (plan != null) {
      if (plan.officerContactId() != null) facts.add(new PlanRole(plan.officerContactId(), PlanPart.OFFICER, null));
      if (plan.reviewedByContactId() != null) facts.add(new PlanRole(plan.reviewedByContactId(), PlanPart.REVIEWER, null));
      plan.reportedToContactIds().forEach(id -> facts.add(new PlanRole(id, PlanPart.REPORTED_TO, null)));
    }
  }

  private static ThemeOf themeOf(String id, String name, Set<String> questionWords) {
    int matched = 0;
    for (String word : words(name)) if (!COMMON.contains(word) && questionWords.contains(word)) matched++;
    return new ThemeOf(id, name.toLowerCase(Locale.ROOT), matched);
  }

  /** Returns the words of the text, lower case, with a plural "s" dropped so "places" meets "place". */
  static Set<String> words(String text) {
    Set<String> words = new HashSet<>();
    for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (word.isEmpty()) continue;
      words.add(word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") ? word.substring(0, word.length() - 1) : word);
    }
    return words;
  }
}
