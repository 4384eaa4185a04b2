package signpost.rules.screening;

import signpost.rules.features.Characteristic;

/**
 * A sentence that points to a group, with what it says of the impact on them.
 *
 * @param characteristic the protected characteristic it points to, or null for a {@link Consideration}
 * @param consideration the other group it points to, or null for a characteristic
 * @param sentence the sentence as written: the manager's evidence
 * @param harm true when the sentence speaks of a harm (people rely on it, worries, harder, poor links)
 * @param benefit true when it speaks of a benefit
 */
public record Mention(Characteristic characteristic, Consideration consideration, String sentence, boolean harm,
                      boolean benefit) {}
