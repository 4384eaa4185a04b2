package signpost.rules.engine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import signpost.knowledge.org.Contact;
import signpost.knowledge.org.Nation;
import signpost.knowledge.org.Organisation;
import signpost.knowledge.org.OrganisationLoader;

/** Loads organisation files from the shared corpus, which tests read in place and never copy. */
final class SharedOrganisations {

  private SharedOrganisations() {}

  static Organisation load(String id) {
    return OrganisationLoader.load(corpus().resolve("organisations").resolve(id + ".yaml"));
  }

  /** Returns the organisation as if its equality law were the nation's. */
  static Organisation inNation(Organisation o, Nation nation) {
    return copy(o, nation, o.contacts());
  }

  /** Returns the organisation without the contact, as if its file did not list it. */
  static Organisation without(Organisation o, String contactId) {
    return copy(o, o.nation(), o.contacts().stream().filter(c -> !c.id().equals(contactId)).toList());
  }

  private static Organisation copy(Organisation o, Nation nation, List<Contact> contacts) {
    return new Organisation(o.id(), o.name(), o.aliases(), nation, contacts, o.localDuties(),
        o.localCharacteristics(), o.priorityGroups(), o.otherGroups(), o.strategy(), o.themes(), o.objectives(),
        o.priorities(), o.draftPlan(), o.actionPlan(), o.eqia(), o.assessments(), o.warnings());
  }

  private static Path corpus() {
    String property = System.getProperty("signpost.shared");
    for (Path shared : new Path[] {
        property == null ? null : Path.of(property), Path.of("../shared"), Path.of("../../shared")}) {
      if (shared != null && Files.isDirectory(shared.resolve("corpus"))) return shared.resolve("corpus");
    }
    throw new IllegalStateException("shared corpus not found; set -Dsignpost.shared=<folder>");
  }
}
