package signpost.knowledge.org;

import signpost.knowledge.yaml.YamlMap;
import signpost.knowledge.yaml.YamlNodes;

import java.nio.file.Path;
import java.util.List;
import signpost.knowledge.KnowledgeException;

/**
 * Reads an {@code organisations/<id>.yaml} file into an {@link Organisation}. Every section is
 * optional and an unknown key is only a warning, so files for other organisations load too; a
 * wrong type, a missing id or name, or a reference to a contact that does not exist is an error.
 */
public final class OrganisationLoader {

  private OrganisationLoader() {}

  /**
   * Returns the organisation described by the file.
   *
   * @throws KnowledgeException when the file cannot be read, is not valid YAML, or holds a bad
   *     entry; the message starts {@code "organisations/<file>:<line>: "}
   */
  public static Organisation load(Path file) {
    YamlNodes yaml = new YamlNodes(label(file));
    YamlMap root = yaml.readRoot(file);
    String id = root.text("id");
    String name = root.text("name");
    if (!file.getFileName().toString().equals(id + ".yaml")) {
      yaml.warn(root.value("id").orElseThrow(), "id " + id + " does not match the file name");
    }
    Nation nation = nation(root);
    List<String> aliases = root.texts("aliases");
    List<Contact> contacts = ContactReader.read(root);
    PlanReader plans = new PlanReader(new ContactRefs(contacts));
    List<LocalDuty> duties = LocalFactsReader.localDuties(root);
    List<LocalCharacteristic> characteristics = LocalFactsReader.localCharacteristics(root);
    List<Group> priorityGroups = LocalFactsReader.groups(root, "priority-groups");
    List<Group> otherGroups = LocalFactsReader.groups(root, "other-groups");
    Strategy strategy = StrategyReader.strategy(root);
    List<Theme> themes = StrategyReader.themes(root);
    List<Objective> objectives = StrategyReader.objectives(root, themes);
    List<Priority> priorities = plans.priorities(root);
    DraftPlan draftPlan = StrategyReader.draftPlan(root);
    ActionPlan actionPlan = plans.actionPlan(root);
    EqiaPractice eqia = plans.eqia(root);
    List<Assessment> assessments = LocalFactsReader.assessments(root);
    root.warnUnknownKeys();
    return new Organisation(id, name, aliases, nation, contacts, duties, characteristics, priorityGroups,
        otherGroups, strategy, themes, objectives, priorities, draftPlan, actionPlan, eqia, assessments,
        yaml.warnings());
  }

  private static Nation nation(YamlMap root) {
    String text = root.optionalText("nation");
    if (text == null) return Nation.ENGLAND;
    try {
      return Nation.parse(text);
    } catch (IllegalArgumentException e) {
      throw root.error("nation", e.getMessage());
    }
  }

  /** Names the file as a knowledge folder would: {@code organisations/<file>} when it is in one. */
  private static String label(Path file) {
    Path parent = file.toAbsolutePath().getParent();
    String name = file.getFileName().toString();
    return parent != null && parent.getFileName() != null && parent.getFileName().toString().equals("organisations")
        ? "organisations/" + name : name;
  }
}
