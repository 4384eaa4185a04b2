package signpost.knowledge;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import signpost.knowledge.org.Organisation;

/**
 * The organisations Signpost can answer for, and the one place a name someone gives is turned into an
 * organisation id: an id or a full name (or an alias of an organisation file), in any case. An
 * organisation is known when a manifest lists it, an {@code organisations/<id>.yaml} describes it, or a
 * document names it.
 */
public final class KnownOrganisations {

  private final Map<String, String> names;
  private final Map<String, String> byKey = new LinkedHashMap<>();
  private final Map<String, List<String>> written = new TreeMap<>();

  private KnownOrganisations(Map<String, String> names) {
    this.names = names;
    names.forEach((id, name) -> byKey.put(key(id), id));
    // Names go after every id, so an id always wins over another organisation's name.
    names.forEach((id, name) -> byKey.putIfAbsent(key(name), id));
    names.forEach((id, name) -> written.computeIfAbsent(id, k -> new ArrayList<>()).add(name));
  }

  /**
   * Returns the organisations known from the organisation files, the manifests' lists and the documents.
   *
   * @param files the organisations whose facts were loaded, by id
   * @param listed organisation id to full name, from the manifests
   * @param documentOrganisations the organisation ids documents name, which may repeat or be null
   */
  static KnownOrganisations of(Map<String, Organisation> files, Map<String, String> listed,
                               Collection<String> documentOrganisations) {
    Map<String, String> names = new TreeMap<>();
    for (String id : documentOrganisations) if (id != null) names.put(id, id);
    names.putAll(listed);
    files.values().forEach(org -> names.put(org.id(), org.name()));
    KnownOrganisations known = new KnownOrganisations(names);
    files.values().forEach(org -> org.aliases().forEach(alias -> {
      known.byKey.putIfAbsent(key(alias), org.id());
      known.written.get(org.id()).add(alias);
    }));
    return known;
  }

  /** Returns the id of the organisation with this id, name or alias, in any case, or empty. */
  public Optional<String> find(String idOrName) {
    return idOrName == null ? Optional.empty() : Optional.ofNullable(byKey.get(key(idOrName)));
  }

  /**
   * Returns the id of the organisation the text names, or null when it names none (null or blank).
   *
   * @throws UnknownOrganisationException when the text names no known organisation, listing the known ones
   */
  public String resolve(String idOrName) {
    if (idOrName == null || idOrName.isBlank()) return null;
    return find(idOrName).orElseThrow(() -> new UnknownOrganisationException(idOrName.strip(), ids()));
  }

  /** Returns the known ids, sorted. */
  public List<String> ids() {
    return List.copyOf(names.keySet());
  }

  /** Returns each known id with its full name (the id itself when nothing names it), sorted by id. */
  public Map<String, String> names() {
    return Collections.unmodifiableMap(names);
  }

  /** Returns each known id with every name it goes by as written: its full name, then its aliases. */
  public Map<String, List<String>> writtenNames() {
    Map<String, List<String>> copy = new TreeMap<>();
    written.forEach((id, list) -> copy.put(id, List.copyOf(list)));
    return Collections.unmodifiableMap(copy);
  }

  private static String key(String text) {
    return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
