package signpost.bot.screening;

import java.util.Objects;

/**
 * A characteristic the screening considers, with the likely impact and the manager's own words behind it.
 *
 * @param name a protected characteristic ("age", "pregnancy and maternity") or one of the organisation's local
 *     groups ("rural isolation")
 * @param impact the likely impact; {@link Impact#NOT_KNOWN} unless the manager said what it is
 * @param evidence what the manager said that points to it, in their words, or "" when nothing was said
 */
public record CharacteristicNote(String name, Impact impact, String evidence) {

  public CharacteristicNote {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(impact, "impact");
    evidence = evidence == null ? "" : evidence;
  }
}
