package signpost.knowledge.org;

import java.util.List;
import java.util.Objects;

/**
 * A duty an organisation has taken on beyond what the law requires of it, e.g. adopting the
 * socio-economic duty in England.
 *
 * @param id the duty's id, e.g. {@code socio-economic-duty}
 * @param summary what was adopted and why
 * @param adopted when, as written (e.g. {@code 2022-03}), or null
 * @param appliesTo what it applies to, e.g. {@code strategic decisions}, or null
 * @param sources the ids of the documents this comes from
 */
public record LocalDuty(String id, String summary, String adopted, String appliesTo, List<String> sources) {

  public LocalDuty {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(summary, "summary");
    sources = List.copyOf(sources);
  }
}
