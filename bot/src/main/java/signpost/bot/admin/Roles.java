package signpost.bot.admin;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who is EDI admin of which organisation, from configuration ({@code SIGNPOST_ADMINS}): an organisation's admins are
 * those whose role claim holds one of its values. Compared without regard to case, as group ids and e-mail addresses
 * are.
 */
public final class Roles {

  private final Map<String, Set<String>> admins;

  /** @param admins organisation id to the claim values that make someone its admin */
  public Roles(Map<String, Set<String>> admins) {
    this.admins = Map.copyOf(admins);
  }

  /** Returns the ids of the organisations that the claim values make their holder admin of, in name order. */
  public Set<String> organisations(List<String> values) {
    Set<String> held = values.stream().map(v -> v.toLowerCase(Locale.ROOT)).collect(java.util.stream.Collectors.toSet());
    Set<String> out = new TreeSet<>();
    admins.forEach((org, granting) -> {
      if (granting.stream().anyMatch(v -> held.contains(v.toLowerCase(Locale.ROOT)))) out.add(org);
    });
    return out;
  }
}
