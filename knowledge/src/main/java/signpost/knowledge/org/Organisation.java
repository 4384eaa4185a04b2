package signpost.knowledge.org;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What Signpost knows about one organisation from its {@code organisations/<id>.yaml}. Lists keep
 * file order and are empty when the file has no such section; single sections are null then.
 *
 * @param id its id, e.g. {@code cambridgeshire}; documents name it in the manifest
 * @param name its full name
 * @param aliases other names people use for it
 * @param nation the nation whose equality law applies
 * @param contacts who people are sent to, and for what
 * @param localDuties duties taken on beyond the law
 * @param localCharacteristics characteristics protected for its own purposes
 * @param priorityGroups groups considered in impact assessments beside the protected characteristics
 * @param otherGroups other groups it names
 * @param strategy its EDI strategy, or null
 * @param themes the themes of its strategy
 * @param objectives its adopted equality objectives
 * @param priorities the priorities of its strategy
 * @param draftPlan objectives proposed but not adopted, or null
 * @param actionPlan who owns and reviews its action plan, or null
 * @param eqia how it assesses equality impact, or null
 * @param assessments outside assessments of its equality work
 * @param warnings what the loader ignored, each as {@code "file:line: what"}
 */
public record Organisation(String id, String name, List<String> aliases, Nation nation,
                           List<Contact> contacts, List<LocalDuty> localDuties,
                           List<LocalCharacteristic> localCharacteristics,
                           List<Group> priorityGroups, List<Group> otherGroups, Strategy strategy,
                           List<Theme> themes, List<Objective> objectives, List<Priority> priorities,
                           DraftPlan draftPlan, ActionPlan actionPlan, EqiaPractice eqia,
                           List<Assessment> assessments, List<String> warnings) {

  public Organisation {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(nation, "nation");
    aliases = List.copyOf(aliases);
    contacts = List.copyOf(contacts);
    localDuties = List.copyOf(localDuties);
    localCharacteristics = List.copyOf(localCharacteristics);
    priorityGroups = List.copyOf(priorityGroups);
    otherGroups = List.copyOf(otherGroups);
    themes = List.copyOf(themes);
    objectives = List.copyOf(objectives);
    priorities = List.copyOf(priorities);
    assessments = List.copyOf(assessments);
    warnings = List.copyOf(warnings);
  }

  /** Returns the contacts that serve the service, in file order. */
  public List<Contact> contactsServing(Service service) {
    return contacts.stream().filter(contact -> contact.serves().contains(service)).toList();
  }

  /** Returns the contact with the id, or empty when there is none. */
  public Optional<Contact> contact(String id) {
    return contacts.stream().filter(contact -> contact.id().equals(id)).findFirst();
  }

  /** Returns true when the organisation has taken on the local duty with the id. */
  public boolean hasLocalDuty(String id) {
    return localDuties.stream().anyMatch(duty -> duty.id().equals(id));
  }
}
