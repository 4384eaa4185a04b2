package signpost.bot.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import signpost.knowledge.KnowledgeBase;
import signpost.knowledge.Passage;
import signpost.knowledge.org.Organisation;
import signpost.knowledge.search.Quote;
import signpost.knowledge.search.Results;
import signpost.knowledge.search.SearchRequest;
import signpost.rules.features.FeatureRecogniser;
import signpost.rules.features.QuestionFeatures;
import signpost.rules.features.Topic;
import signpost.rules.routing.Route;
import signpost.rules.routing.Router;

/**
 * Answers one question: search the knowledge, recognise what is asked, route to contacts, compose.
 * Thread-safe; one instance serves every channel.
 */
public final class AnswerPipeline {

  private static final int SEARCH_DEPTH = 8;
  /** What a refusal routes by: where to ask EDI questions Signpost cannot answer. */
  private static final QuestionFeatures ASKING_FOR_A_CONTACT =
      new QuestionFeatures(Set.of(Topic.CONTACT), Set.of(), Set.of(), Set.of(), Set.of());

  private final KnowledgeBase knowledge;
  private final FeatureRecogniser recogniser = FeatureRecogniser.builtIn();
  private final Router router = Router.builtIn();
  private final AnswerPolicy policy;
  private final Composer composer;

  public AnswerPipeline(KnowledgeBase knowledge, AnswerPolicy policy) {
    this.knowledge = knowledge;
    this.policy = policy;
    this.composer = new Composer(policy);
  }

  /** Returns the answer to the question; never null, never throws for a valid question. */
  public Answer answer(Question question) {
    QuestionFeatures features = recogniser.recognise(question.text());
    Optional<Organisation> organisation = knowledge.organisation(question.organisation());
    Results results = knowledge.search(new SearchRequest(question.text(), question.organisation(), SEARCH_DEPTH));
    List<Quote> quoted = results.quotes(PassageSelection.choose(results.hits(), policy));
    List<Route> routes = router.route(features, organisation);
    List<ContactCard> cards = Contacts.cards(routes);
    List<String> rules = new ArrayList<>();
    features.topics().stream().sorted().forEach(t -> rules.add("RecogniseTopic " + t));
    if (quoted.isEmpty() && !features.is(Topic.SUPPORT) && (routes.isEmpty() || features.is(Topic.CHIT_CHAT))) {
      rules.add("RefuseWithoutReliablePassage");
      List<ContactCard> fallback = Contacts.cards(router.route(ASKING_FOR_A_CONTACT, organisation));
      return new Answer(question.id(), question.text(), question.organisation(), false, Intent.UNKNOWN,
          composer.refusal(organisation, fallback), 0, List.of(), fallback, rules);
    }
    routes.forEach(r -> rules.add("RouteTo " + (r.generic() ? "your EDI team" : r.contact().id())));
    if (features.is(Topic.SUPPORT)) {
      rules.add("OfferSupportContacts");
      return answer(question, Intent.SUPPORT, composer.support(quoted, cards), 1.0, quoted, cards, rules);
    }
    rules.add(quoted.isEmpty() ? "AnswerFromContactsOnly" : "AnswerFromPassages");
    double confidence = quoted.isEmpty() ? 0.5 : Math.round(quoted.get(0).hit().coverage() * 100) / 100.0;
    return answer(question, Intents.of(features), composer.answer(quoted, cards), confidence, quoted, cards, rules);
  }

  private static Answer answer(Question q, Intent intent, String text, double confidence, List<Quote> quoted,
                               List<ContactCard> contacts, List<String> rules) {
    return new Answer(q.id(), q.text(), q.organisation(), true, intent, text, confidence,
        quoted.stream().map(AnswerPipeline::citation).toList(), contacts, rules);
  }

  static Citation citation(Quote quote) {
    Passage p = quote.hit().passage();
    return new Citation(p.document().file(), p.document().title(), p.sectionPath(), p.page(), quote.snippet().text());
  }

}
