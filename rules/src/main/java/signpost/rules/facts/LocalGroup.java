package signpost.rules.facts;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Names a group the organisation considers beside the protected characteristics.
 *
 * @param name the group as the organisation file writes it
 * @param kind whether it is a local characteristic or a priority group
 * @param order its place in the organisation file, so lists keep the file's order
 */
public record LocalGroup(String name, ConsiderKind kind, int order) {

  /** Returns the groups' names in the file's order, separated by commas, for one line of an answer. */
  public static String names(List<LocalGroup> groups) {
    return groups.stream().sorted(Comparator.comparingInt(LocalGroup::order)).map(LocalGroup::name)
        .distinct().collect(Collectors.joining(", "));
  }
}
