package signpost.knowledge.org;

import java.util.List;

/**
 * How an organisation assesses the equality impact of what it does.
 *
 * @param name what it calls the assessment, or null
 * @param signOffContactId the id of the {@link Contact} that signs assessments off, or null
 * @param practices what it says it does, in file order
 */
public record EqiaPractice(String name, String signOffContactId, List<Practice> practices) {

  public EqiaPractice {
    practices = List.copyOf(practices);
  }
}
