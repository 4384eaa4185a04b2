package signpost.rules.facts;

/**
 * Decides an assessment should consider a group.
 *
 * @param what the characteristic or group, e.g. "disability" or "rural isolation"
 * @param kind why it is considered
 */
public record Consider(String what, ConsiderKind kind) {}
