package signpost.rules.facts;

/**
 * Names a group the organisation considers beside the protected characteristics.
 *
 * @param name the group as the organisation file writes it
 * @param kind whether it is a local characteristic or a priority group
 */
public record LocalGroup(String name, ConsiderKind kind) {}
