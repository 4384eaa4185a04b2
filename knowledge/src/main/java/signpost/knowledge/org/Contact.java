package signpost.knowledge.org;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A person, team, network or committee people are sent to.
 *
 * @param id the id other entries use to refer to it, e.g. {@code hr-services}
 * @param name the name a person would recognise
 * @param role the post, or null when none is given
 * @param person the named post holder, or null: a document that names nobody gets nobody
 * @param serves what people are sent to it for, in enum order
 * @param summary what it does, or null
 * @param groups the groups it runs, e.g. the peer support groups of a staff network
 * @param sources the ids of the documents this comes from
 */
public record Contact(String id, String name, String role, String person, Set<Service> serves,
                      String summary, List<String> groups, List<String> sources) {

  public Contact {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    serves = serves.isEmpty()
        ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(serves));
    groups = List.copyOf(groups);
    sources = List.copyOf(sources);
  }
}
