package signpost.knowledge.org;

import signpost.knowledge.yaml.YamlMap;

import java.util.ArrayList;
import java.util.List;

/** Reads who delivers what: priorities and their actions, the action plan, EqIA practice. */
final class PlanReader {

  private final ContactRefs refs;

  PlanReader(ContactRefs refs) {
    this.refs = refs;
  }

  List<Priority> priorities(YamlMap root) {
    List<Priority> priorities = new ArrayList<>();
    for (YamlMap entry : root.maps("priorities")) {
      priorities.add(new Priority(entry.text("id"), entry.text("name"), entry.optionalText("aim"),
          refs.optional(entry, "owner"), actions(entry), entry.sources()));
      entry.warnUnknownKeys();
    }
    return priorities;
  }

  /** Reads {@code actions}: a map from a due date to the list of actions due then. */
  private static List<DatedAction> actions(YamlMap priority) {
    List<DatedAction> actions = new ArrayList<>();
    priority.map("actions").ifPresent(byDate -> {
      for (String due : byDate.keys()) {
        byDate.texts(due).forEach(text -> actions.add(new DatedAction(due, text)));
      }
    });
    return actions;
  }

  ActionPlan actionPlan(YamlMap root) {
    return root.map("action-plan").map(entry -> {
      ActionPlan plan = new ActionPlan(entry.optionalText("summary"), refs.optional(entry, "officer-contact"),
          refs.optional(entry, "reviewed-by"), refs.list(entry, "reported-to"), entry.sources());
      entry.warnUnknownKeys();
      return plan;
    }).orElse(null);
  }

  EqiaPractice eqia(YamlMap root) {
    return root.map("eqia").map(entry -> {
      List<Practice> practices = new ArrayList<>();
      for (YamlMap item : entry.maps("practice")) {
        practices.add(new Practice(item.text("text"), item.sources()));
        item.warnUnknownKeys();
      }
      EqiaPractice eqia = new EqiaPractice(entry.optionalText("name"), refs.optional(entry, "sign-off"), practices);
      entry.warnUnknownKeys();
      return eqia;
    }).orElse(null);
  }
}
