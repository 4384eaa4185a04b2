package signpost.knowledge;

import java.time.Duration;
import java.util.List;

/**
 * What loading knowledge did.
 *
 * @param documents the documents indexed, built-in ones included
 * @param passages how many passages were indexed
 * @param organisations the ids of the organisations whose facts were loaded
 * @param skipped the files left out, each with its reason
 * @param warnings problems that lost nothing (an unknown key, a manifest entry with no file)
 * @param took how long loading and indexing took
 */
public record LoadReport(List<Document> documents, int passages, List<String> organisations,
                         List<Skipped> skipped, List<String> warnings, Duration took) {

  public LoadReport {
    documents = List.copyOf(documents);
    organisations = List.copyOf(organisations);
    skipped = List.copyOf(skipped);
    warnings = List.copyOf(warnings);
  }
}
