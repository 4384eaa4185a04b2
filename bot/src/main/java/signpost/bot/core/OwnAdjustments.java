package signpost.bot.core;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import signpost.knowledge.KnowledgeBase;
import signpost.knowledge.search.Hit;
import signpost.knowledge.search.Quote;
import signpost.knowledge.search.Results;
import signpost.knowledge.search.SearchRequest;

/**
 * Finds how an organisation's own documents tell staff to ask for adjustments at work ("At Severnmoor we record
 * adjustments in a Workplace Adjustments Passport. You and your manager fill it in together ..."): someone telling of
 * a condition of their own rarely uses the words ("I've got ADHD and the open plan office is really hard"), so the
 * passage is searched for by what it is, once for each organisation, and kept for the knowledge's life.
 */
final class OwnAdjustments {

  private static final String QUERY =
      "reasonable adjustment workplace adjustments passport ask agree record manager disabled health condition";
  private static final int DEPTH = 10;
  private static final Pattern ADJUSTMENT = Pattern.compile("(?i)\\badjust(?:ment|ments|ed)?\\b");
  /** What someone does to get adjustments: asks, talks to, fills in or agrees something. */
  private static final String TO_DO = "ask|talk|speak|contact|request|email|call|apply|fill|complete|agree|discuss"
      + "|record(?:ed|s)?";
  private static final Pattern ACTS = Pattern.compile("(?i)\\b(?:" + TO_DO + ")\\b");

  private final KnowledgeBase knowledge;
  private final Map<String, Optional<Quote>> found = new ConcurrentHashMap<>();

  OwnAdjustments(KnowledgeBase knowledge) {
    this.knowledge = knowledge;
  }

  /**
   * A request turned down, told: "my manager just said no", "they refused", "it got turned down", "HR won't let me".
   */
  private static final Pattern REFUSED = Pattern.compile("(?i)\\b(?:said no|says no|saying no|refus\\w*"
      + "|turn(?:ed|s|ing)? (?:it |me |us )?down|rejected|declined|denied|won'?t let me|wouldn'?t let me|not allowed"
      + "|isn'?t allowed|wasn'?t allowed)\\b");
  private static final String REFUSED_QUERY =
      "adjustment refused manager refuses not reasonable disagree decision reviewed appeal grievance in writing";
  /** A passage on a refused adjustment: what to do if the manager refuses or says it is not reasonable. */
  private static final Pattern ON_REFUSAL = Pattern.compile("(?i)\\b(?:refus\\w*|not reasonable|disagree\\w*|turn\\w* down"
      + "|declin\\w*|reject\\w*|appeal\\w*|grievance)\\b");

  /** Returns the organisation's own passage telling staff how to ask for adjustments, if its documents have one. */
  private Optional<Quote> howToAsk(String organisation) {
    if (organisation == null) return Optional.empty();
    return found.computeIfAbsent(organisation, key -> search(key, QUERY, false));
  }

  /**
   * Returns the organisation's own passage for the message: what to do when an adjustment asked for is refused, where
   * the message tells of one ("I asked for a later start ... my manager just said no") and the documents say; else how
   * to ask for adjustments.
   */
  Optional<Quote> find(String organisation, String message) {
    if (organisation == null) return Optional.empty();
    if (REFUSED.matcher(message).find()) {
      Optional<Quote> onRefusal =
          found.computeIfAbsent("refused\n" + organisation, key -> search(organisation, REFUSED_QUERY, true));
      if (onRefusal.isPresent()) return onRefusal;
    }
    return howToAsk(organisation);
  }

  private Optional<Quote> search(String organisation, String query, boolean refused) {
    Results results = knowledge.search(new SearchRequest(query, organisation, DEPTH));
    List<Hit> telling = results.hits().stream()
        .filter(h -> !h.passage().document().builtIn() && organisation.equals(h.passage().document().organisation()))
        .filter(h -> tellsHowToAsk(h.passage().text()) || refused && ADJUSTMENT.matcher(h.passage().sectionPath()).find()
            && ACTS.matcher(h.passage().text()).find() && !OwnSupportRoutes.isPlanRow(h.passage().text()))
        .filter(h -> !refused || ON_REFUSAL.matcher(h.passage().heading() + " " + h.passage().text()).find())
        .toList();
    // The steps of the route before a passage that only says what an adjustment is and that one may ask ("The usual
    // route is: - Talk to your line manager ... - Complete an Adjustments Passport ..." before "A workplace adjustment is
    // a change to how, when or where you work ... You do not need a formal diagnosis to ask").
    Optional<Hit> chosen = telling.stream().filter(h -> STEPS.matcher(h.passage().text()).results().count() >= 2)
        .findFirst().or(() -> telling.stream().findFirst());
    return chosen.map(hit -> results.quotes(List.of(hit)).get(0));
  }

  /** A step of a route, listed: a line that opens with something to do ("- Talk to your line manager", "- Complete ..."). */
  private static final Pattern STEPS = Pattern.compile("(?im)^\\s*(?:[-\u2022*]|\\d+[.)])\\s+(?:\\w+\\s+){0,3}?(?:" + TO_DO
      + "|e-mail|tell|book|refer)\\b");

  /**
   * Returns whether a passage tells someone how to get adjustments: it speaks of them and of what to do (ask, talk,
   * contact), and is neither figures nor an action plan's row ("Launch the Reasonable Adjustments Passport ...; Lead
   * officer: ...").
   */
  static boolean tellsHowToAsk(String text) {
    return ADJUSTMENT.matcher(text).find() && ACTS.matcher(text).find() && !OwnSupportRoutes.isPlanRow(text);
  }
}
