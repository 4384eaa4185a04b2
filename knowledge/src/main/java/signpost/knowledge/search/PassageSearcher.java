package signpost.knowledge.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import signpost.knowledge.Passage;
import signpost.knowledge.index.PassageFields;
import signpost.knowledge.index.PassageIndex;
import signpost.knowledge.org.Nation;

/**
 * Finds the passages that answer a question: BM25 over passage text, section headings and document
 * title; restricted to documents of no organisation, the built-in guide and the organisation in question
 * (the one the question names, else the asker's; none when neither is known); then re-ranked so an
 * organisation's own words come before the guide, and the passages of a document the question names by its
 * title by the rest of the question (see {@link OwnTitles}). A question about a body Signpost knows nothing of
 * finds nothing.
 */
public final class PassageSearcher {

  private static final int CANDIDATES = 40;
  private static final float SECTION_BOOST = 0.7f;
  private static final float TITLE_BOOST = 0.3f;
  /** The share of a question's weight that makes a word key: a passage without it is not on the point. */
  private static final double KEY_SHARE = 0.4;

  private final PassageIndex index;
  private final Ranking ranking;
  private final FieldQueries queries;
  private final SnippetHighlighter highlighter;
  private final ShapeMemo dates;
  private final ShapeMemo numbers;
  private final ShapeMemo lists;
  private final ShapeMemo people;
  private final ShapeMemo frequencies;
  private final Spelling spelling;
  private final OrganisationNames organisations;
  private final OwnTitles ownTitles;
  private final EventWords events;
  private final Function<String, Nation> nations;
  private final NationalLaw law;

  public PassageSearcher(PassageIndex index) {
    this(index, Ranking.DEFAULT);
  }

  public PassageSearcher(PassageIndex index, Ranking ranking) {
    this(index, ranking, OrganisationNames.none());
  }

  /** Returns a searcher that recognises the {@code organisations} a question names. */
  public PassageSearcher(PassageIndex index, Ranking ranking, OrganisationNames organisations) {
    this(index, ranking, organisations, Map.of());
  }

  /**
   * Returns a searcher that recognises the {@code organisations} a question names and knows the {@code nations} whose
   * law applies to some of them (England for any other).
   */
  public PassageSearcher(PassageIndex index, Ranking ranking, OrganisationNames organisations,
                         Map<String, Nation> nations) {
    this(index, ranking, organisations, Map.copyOf(nations)::get);
  }

  /**
   * Returns a searcher that recognises the {@code organisations} a question names and asks {@code nations} whose law
   * applies to each (null for England).
   */
  public PassageSearcher(PassageIndex index, Ranking ranking, OrganisationNames organisations,
                         Function<String, Nation> nations) {
    this.nations = nations;
    this.index = index;
    this.organisations = organisations;
    this.ranking = ranking;
    this.queries = new FieldQueries(index.questionAnalyzer());
    this.highlighter = new SnippetHighlighter(index.searcher(), index.questionAnalyzer(), doc -> index.passage(doc).text());
    int maxDoc = index.searcher().getIndexReader().maxDoc();
    this.dates = new ShapeMemo(AnswerShape.DATE, maxDoc);
    this.numbers = new ShapeMemo(AnswerShape.NUMBER, maxDoc);
    this.lists = new ShapeMemo(AnswerShape.LIST, maxDoc);
    this.people = ShapeMemo.asWritten(AnswerShape.PERSON, maxDoc);
    this.frequencies = new ShapeMemo(AnswerShape.FREQUENCY, maxDoc);
    this.law = new NationalLaw(maxDoc);
    this.spelling = new Spelling(index.searcher().getIndexReader(), index.questionAnalyzer());
    this.ownTitles = new OwnTitles(index, this::relevance);
    this.events = new EventWords(index.questionAnalyzer());
  }

  /**
   * Returns the best passages for the request, best first; no hits when nothing matches. A question too long
   * for one query is searched by its distinct words (see {@link QuestionBound}), and by fewer of them if the
   * index still refuses the query, so no question of valid length makes the search throw.
   */
  public Results search(SearchRequest request) {
    String bounded = QuestionBound.of(request.question(), QuestionBound.MAX_WORDS);
    try {
      return search(request, bounded);
    } catch (IndexSearcher.TooManyClauses | IllegalArgumentException e) {
      return search(request, QuestionBound.of(bounded, QuestionBound.MAX_WORDS / 4));
    }
  }

  private Results search(SearchRequest request, String message) {
    // "What does PCREF stand for lol, keeps coming up in handovers": the abbreviation is all that is asked.
    // "hw long shld my TAA take 2 sort": the "2" is "to", not a number weighing as a word asked about.
    String asking = TextSpeak.twosWrittenOut(AnswerShape.focus(message).orElse(message));
    OrganisationNames.Named named = organisations.in(asking, request.organisation());
    if (named.unknown().isPresent()) return Results.about(named.unknown().get());
    Set<String> scope = !named.known().isEmpty() ? named.known()
        : request.organisation() == null ? Set.of() : Set.of(request.organisation());
    String whole = spelling.correct(asking);
    // The names choose where to look, not what to look for; a passage still covers the question only if it is
    // about that organisation, so coverage is of the whole question.
    String asked = named.known().isEmpty() ? whole : spelling.correct(named.rest());
    List<QuestionTerms.Concept> wholeConcepts = asked.equals(whole) ? null
        : QuestionTerms.of(index.questionAnalyzer().tokenStream(PassageFields.TEXT, whole));
    try (AnalysedQuestion question = new AnalysedQuestion(index.questionAnalyzer(), asked)) {
      Query textQuery = queries.on(PassageFields.TEXT, question);
      if (textQuery == null) return Results.none();
      Query query = scope(relevance(textQuery, question), scope);
      IndexSearcher searcher = index.searcher();
      TopDocs top = searcher.search(query, Math.max(CANDIDATES, request.limit()));
      List<QuestionTerms.Concept> askedConcepts = QuestionTerms.of(question.tokens());
      List<QuestionTerms.Concept> concepts = wholeConcepts != null ? wholeConcepts : askedConcepts;
      if (AnswerShape.asksWhen(whole)) concepts = events.withoutEvents(concepts);
      Map<QuestionTerms.Concept, Double> weights = Coverage.weights(searcher, concepts, wholeConcepts != null ? whole : asked);
      ScoreDoc[] candidates = ownTitles.rescore(asked, askedConcepts, top.scoreDocs);
      Nation nation = scope.size() != 1 ? null : Objects.requireNonNullElse(nations.apply(scope.iterator().next()), Nation.ENGLAND);
      List<Candidate> ranked = rank(candidates, scope, whole, weights, names(wholeConcepts, askedConcepts), named.known(),
          NationalLaw.asked(whole).orElse(nation));
      return results(ranked.subList(0, Math.min(request.limit(), ranked.size())), textQuery, unmentioned(top, whole, weights));
    } catch (IOException e) {
      throw new UncheckedIOException("search failed for: " + request.question(), e);
    }
  }

  /** Returns the query of a question's text on every field, weighted; null when the text has no terms. */
  private Query relevance(String text) {
    try (AnalysedQuestion question = new AnalysedQuestion(index.questionAnalyzer(), text)) {
      Query textQuery = queries.on(PassageFields.TEXT, question);
      return textQuery == null ? null : relevance(textQuery, question);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot analyse: " + text, e);
    }
  }

  private Query relevance(Query textQuery, AnalysedQuestion question) {
    BooleanQuery.Builder fields = new BooleanQuery.Builder().add(textQuery, Occur.SHOULD);
    addBoosted(fields, queries.on(PassageFields.SECTION, question), SECTION_BOOST);
    addBoosted(fields, queries.on(PassageFields.TITLE, question), TITLE_BOOST);
    return fields.build();
  }

  private static void addBoosted(BooleanQuery.Builder fields, Query query, float boost) {
    if (query != null) fields.add(new BoostQuery(query, boost), Occur.SHOULD);
  }

  /**
   * Keeps the organisations in question, documents of none, and the guide; never another council's. With
   * no organisation in question every document may answer, weighted below the guide.
   */
  private static Query scope(Query relevance, Set<String> organisations) {
    if (organisations.isEmpty()) return relevance;
    BooleanQuery.Builder allowed = new BooleanQuery.Builder()
        .add(new TermQuery(new Term(PassageFields.ORGANISATION, PassageFields.NO_ORGANISATION)), Occur.SHOULD);
    for (String organisation : organisations) {
      allowed.add(new TermQuery(new Term(PassageFields.ORGANISATION, organisation)), Occur.SHOULD);
    }
    return new BooleanQuery.Builder().add(relevance, Occur.MUST).add(allowed.build(), Occur.FILTER).build();
  }

  private record Candidate(int docId, Passage passage, double score, double coverage, boolean inScope,
                           boolean onTopic, boolean shaped) {}

  /** Returns the terms of the concepts only the whole question has: the organisation names the question gave. */
  private static Set<String> names(List<QuestionTerms.Concept> whole, List<QuestionTerms.Concept> asked) {
    if (whole == null) return Set.of();
    Set<Set<String>> left = new HashSet<>();
    asked.forEach(concept -> left.add(concept.terms()));
    Set<String> names = new HashSet<>();
    whole.stream().filter(concept -> !left.contains(concept.terms())).forEach(concept -> names.addAll(concept.terms()));
    return names;
  }

  /**
   * Ranks the candidates. A passage of an organisation the question names covers that name: "who leads EDI at
   * Derbyshire?" is answered by Derbyshire's strategy, which rarely says "Derbyshire" in the passage that answers.
   */
  private List<Candidate> rank(ScoreDoc[] top, Set<String> scope, String asked, Map<QuestionTerms.Concept, Double> weights,
                               Set<String> nameTerms, Set<String> namedOrganisations, Nation nation) {
    List<QuestionTerms.Concept> keys = Coverage.keys(weights, KEY_SHARE);
    List<String> weighty = weightiest(weights, 3, WEIGHTY);
    AnswerShape shape = AnswerShape.of(asked, ranking.shapeBoost(), dates, numbers, lists, people, frequencies)
        .datedNear(weightiest(weights, 1, 0)).listOf(weighty).aheadOf(weighty).ownedRowOf(weighty);
    List<String> parts = References.named(asked);
    List<Candidate> candidates = new ArrayList<>();
    for (ScoreDoc scoreDoc : top) {
      Passage passage = index.passage(scoreDoc.doc);
      Set<String> terms = withNames(index.terms(scoreDoc.doc), passage, nameTerms, namedOrganisations);
      double coverage = Coverage.of(weights, terms);
      double factor = shape.factor(scoreDoc.doc, passage);
      // "What does objective 3 actually say?": the passages under "Objective 3: A workforce that reflects ...", whose
      // number is a word nearly every passage holds.
      if (parts.stream().anyMatch(label -> References.under(passage.section(), label))) factor *= NAMED_PART_BOOST;
      double score = scoreDoc.score * ranking.weight(passage.document(), scope) * law.weight(scoreDoc.doc, passage, nation)
          * (ranking.coverageFloor() + (1 - ranking.coverageFloor()) * coverage) * factor;
      String owner = passage.document().organisation();
      boolean onTopic = keys.stream().allMatch(key -> Coverage.holds(key, terms));
      candidates.add(new Candidate(scoreDoc.doc, passage, score, coverage, owner == null || scope.contains(owner), onTopic,
          factor > 1));
    }
    candidates.sort(Comparator.comparingDouble(Candidate::score).reversed());
    withShapeBeside(candidates, scope, weights, keys, shape);
    withReferred(candidates, scope, weights, keys);
    return candidates;
  }

  /** How much a passage under the numbered part a question names ("objective 3") gains. */
  static final double NAMED_PART_BOOST = 2.0;

  /** How many of the best candidates a question of a shape looks beside for a passage of their section with it. */
  private static final int SHAPE_BESIDE_OF = 3;
  /** How many passages either side of a candidate may be of its section and have the shape it lacks. */
  private static final int SHAPE_BESIDE_WITHIN = 4;
  /** A passage found beside a candidate with the shape it lacks ranks just below it. */
  private static final double SHAPE_BESIDE_SCORE = 0.95;

  /**
   * Ranks just below each of the best candidates the nearest passage of its section that has the shape asked for
   * where that candidate lacks it (or has it less: a date, but not next to what is asked): "Who signed off the
   * foreword?" is answered by the foreword's signature ("Cllr Carol Hart, Cabinet Member ..."), which shares no word
   * with the question but the heading; "between which dates can the public comment?" by the timetable after the
   * paragraph that proposes the consultation ("1 March 2024 to 5 April 2024"). Passages are indexed in their
   * documents' order (see {@link PassageIndex}), so a passage's neighbours are by document number.
   */
  private void withShapeBeside(List<Candidate> candidates, Set<String> scope, Map<QuestionTerms.Concept, Double> weights,
                               List<QuestionTerms.Concept> keys, AnswerShape shape) {
    if (!shape.any()) return;
    int maxDoc = index.searcher().getIndexReader().maxDoc();
    boolean changed = false;
    for (Candidate near : List.copyOf(candidates.subList(0, Math.min(SHAPE_BESIDE_OF, candidates.size())))) {
      if (near.passage().section().isEmpty()) continue;
      double nearFactor = shape.factor(near.docId(), near.passage());
      for (int step = 1; step <= 2 * SHAPE_BESIDE_WITHIN; step++) {
        int doc = near.docId() + (step % 2 == 1 ? (step + 1) / 2 : -step / 2);
        if (doc < 0 || doc >= maxDoc) continue;
        Passage passage = index.passage(doc);
        if (!passage.inSameSectionAs(near.passage()) || shape.factor(doc, passage) <= nearFactor) continue;
        double score = near.score() * SHAPE_BESIDE_SCORE;
        int at = indexOf(candidates, doc);
        if (at >= 0 && candidates.get(at).score() >= score) break;
        Set<String> terms = index.terms(doc);
        String owner = passage.document().organisation();
        Candidate beside = new Candidate(doc, passage, score, Coverage.of(weights, terms),
            owner == null || scope.contains(owner), keys.stream().allMatch(key -> Coverage.holds(key, terms)), true);
        if (at >= 0) candidates.set(at, beside);
        else candidates.add(beside);
        changed = true;
        break;
      }
    }
    if (changed) candidates.sort(Comparator.comparingDouble(Candidate::score).reversed());
  }

  /**
   * Ranks just below the best candidate the part of its document it points to for what is asked ("one of the four
   * outcomes in Annex 1" for "what are the possible outcomes?"): the first passage under that part's heading, which
   * read with the pointer to it covers the question as far as the passage pointing does.
   */
  private void withReferred(List<Candidate> candidates, Set<String> scope, Map<QuestionTerms.Concept, Double> weights,
                            List<QuestionTerms.Concept> keys) {
    if (candidates.isEmpty()) return;
    Candidate near = candidates.get(0);
    double most = weights.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
    Optional<String> label = References.pointed(near.passage().text(), index.questionAnalyzer(), weights,
        WEIGHTY * most);
    if (label.isEmpty() || References.under(near.passage().section(), label.get())) return;
    String document = near.passage().document().id();
    int first = near.docId();
    while (first > 0 && index.passage(first - 1).document().id().equals(document)) first--;
    int maxDoc = index.searcher().getIndexReader().maxDoc();
    for (int doc = first; doc < maxDoc; doc++) {
      Passage passage = index.passage(doc);
      if (!passage.document().id().equals(document)) return;
      if (!References.under(passage.section(), label.get())) continue;
      double next = candidates.size() > 1 ? candidates.get(1).score() : 0;
      double score = next < near.score() ? (near.score() + next) / 2 : near.score();
      int at = indexOf(candidates, doc);
      if (at == 0 || at == 1) return;
      Set<String> terms = index.terms(doc);
      String owner = passage.document().organisation();
      // Read with the pointer to it, it covers what the passage pointing to it does.
      Candidate referred = new Candidate(doc, passage, score, Math.max(near.coverage(), Coverage.of(weights, terms)),
          owner == null || scope.contains(owner),
          near.onTopic() || keys.stream().allMatch(key -> Coverage.holds(key, terms)), true);
      if (at > 0) candidates.remove(at);
      candidates.add(1, referred);
      return;
    }
  }

  private static int indexOf(List<Candidate> candidates, int docId) {
    for (int i = 0; i < candidates.size(); i++) if (candidates.get(i).docId() == docId) return i;
    return -1;
  }

  /** How much of the weightiest concept's weight another must have to count among the weighty for a list. */
  static final double WEIGHTY = 0.5;

  /**
   * Returns the stems, at least four letters long, of at most {@code n} of the weightiest concepts, those weighing at
   * least {@code share} of the weightiest: in "derbyshire edi priorities list pls" the list asked for is of priorities
   * (with a share of {@link #WEIGHTY}), not of anything "EDI", a word nearly every passage holds; empty when there is
   * none.
   */
  static List<String> weightiest(Map<QuestionTerms.Concept, Double> weights, int n, double share) {
    double most = weights.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
    return weights.entrySet().stream().filter(e -> e.getValue() >= share * most)
        .sorted(Map.Entry.<QuestionTerms.Concept, Double>comparingByValue().reversed())
        .limit(n).flatMap(e -> e.getKey().terms().stream()).filter(term -> term.length() >= 4).toList();
  }

  private static Set<String> withNames(Set<String> terms, Passage passage, Set<String> nameTerms, Set<String> named) {
    String owner = passage.document().organisation();
    if (nameTerms.isEmpty() || owner == null || !named.contains(owner)) return terms;
    Set<String> with = new HashSet<>(terms);
    with.addAll(nameTerms);
    return with;
  }

  /** Returns the question's words that no candidate holds, the weightiest first: what the documents do not mention. */
  private List<String> unmentioned(TopDocs top, String asked, Map<QuestionTerms.Concept, Double> weights) {
    List<String> words = new ArrayList<>();
    weights.entrySet().stream().sorted(Map.Entry.<QuestionTerms.Concept, Double>comparingByValue().reversed())
        .map(Map.Entry::getKey)
        .filter(concept -> Arrays.stream(top.scoreDocs).noneMatch(d -> Coverage.holds(concept, index.terms(d.doc))))
        .forEach(concept -> words.add(concept.word(asked)));
    return words;
  }

  private Results results(List<Candidate> ranked, Query textQuery, List<String> unmentioned) {
    List<Hit> hits = new ArrayList<>(ranked.size());
    int[] docIds = new int[ranked.size()];
    for (int i = 0; i < ranked.size(); i++) {
      Candidate c = ranked.get(i);
      hits.add(new Hit(c.passage(), c.score(), c.coverage(), c.inScope(), c.onTopic(), c.shaped()));
      docIds[i] = c.docId();
    }
    return new Results(hits, docIds, textQuery, highlighter, unmentioned, index);
  }
}
