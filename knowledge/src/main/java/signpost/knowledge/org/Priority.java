package signpost.knowledge.org;

import java.util.List;
import java.util.Objects;

/**
 * A priority of a strategy, with the actions planned for it.
 *
 * @param id its id, e.g. {@code workforce}
 * @param name its name
 * @param aim what it aims at, or null
 * @param ownerContactId the id of the {@link Contact} that delivers it, or null
 * @param actions its actions, in file order (grouped by due date as written)
 * @param sources the ids of the documents this comes from
 */
public record Priority(String id, String name, String aim, String ownerContactId,
                       List<DatedAction> actions, List<String> sources) {

  public Priority {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    actions = List.copyOf(actions);
    sources = List.copyOf(sources);
  }

  /** Returns the actions due by the date as written, e.g. {@code 2024-03}, in file order. */
  public List<String> actionsDue(String due) {
    return actions.stream().filter(action -> action.due().equals(due)).map(DatedAction::text).toList();
  }
}
