package signpost.bot.core;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import signpost.knowledge.KnowledgeBase;
import signpost.knowledge.search.Hit;
import signpost.knowledge.search.SearchRequest;

/**
 * Finds the staff network an organisation's own documents name, for a referral to staff networks when no organisation
 * file names one: "the Council has an EDI Staff Network, Inclusion, Diversity, Equality for All (IDEAL)" gives a card
 * for IDEAL, cited to that document, rather than only "your EDI team". Only a network the documents name with its short
 * name in brackets counts, in a sentence that says it is the staff's or employees' network; nothing is guessed. Found
 * once per organisation and kept for the knowledge's life.
 */
final class OwnNetwork {

  /** A staff or employee network, its full name or description, then its short name in brackets, in one sentence. */
  private static final Pattern NAMED = Pattern.compile(
      "(?i:staff|employee)[^.]{0,30}?(?i:network)[^.()]{0,80}?\\(([A-Z][A-Za-z0-9+&]{1,14})\\)");
  private static final String QUERY = "staff network employee network join";
  private static final int DEPTH = 10;

  /** The network as the documents name it, and the file of the document that does (as citations name it). */
  record Named(String name, String document) {}

  private final KnowledgeBase knowledge;
  private final Map<String, Optional<Named>> found = new ConcurrentHashMap<>();

  OwnNetwork(KnowledgeBase knowledge) {
    this.knowledge = knowledge;
  }

  /** Returns the staff network the organisation's own documents name, if they name one. */
  Optional<Named> find(String organisation) {
    return organisation == null ? Optional.empty() : found.computeIfAbsent(organisation, this::search);
  }

  private Optional<Named> search(String organisation) {
    for (Hit hit : knowledge.search(new SearchRequest(QUERY, organisation, DEPTH)).hits()) {
      if (hit.passage().document().builtIn() || !organisation.equals(hit.passage().document().organisation())) continue;
      Matcher named = NAMED.matcher(hit.passage().text());
      if (named.find()) return Optional.of(new Named(named.group(1), hit.passage().document().file()));
    }
    return Optional.empty();
  }
}
