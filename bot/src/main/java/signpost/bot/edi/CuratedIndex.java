package signpost.bot.edi;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import signpost.bot.core.Citation;
import signpost.bot.core.Question;
import signpost.bot.core.WrittenAnswers;
import signpost.knowledge.Document;
import signpost.knowledge.Passage;
import signpost.knowledge.index.PassageIndex;
import signpost.knowledge.search.Hit;
import signpost.knowledge.search.PassageSearcher;
import signpost.knowledge.search.SearchRequest;

/**
 * The live curated answers at one moment, indexed in memory as passages (the curated question as heading, the answer as
 * text) and searched as documents are, with the same analysis, synonyms and coverage. An answer is given only to a
 * question of its organisation that it covers nearly whole, key word included: the contacts wrote it for one question,
 * not for everything near it.
 */
final class CuratedIndex implements WrittenAnswers.Snapshot {

  /** The share of a question's meaning a curated answer must hold; a word the answers never use weighs double. */
  static final double COVERAGE = 0.8;
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
  private static final String FILE_PREFIX = "curated-";

  static final CuratedIndex EMPTY = new CuratedIndex(List.of());

  private final Map<String, CuratedAnswer> byFile;
  private final PassageSearcher searcher;

  private CuratedIndex(List<CuratedAnswer> live) {
    this.byFile = live.stream().collect(Collectors.toUnmodifiableMap(a -> FILE_PREFIX + a.id(), Function.identity()));
    List<Passage> passages = new ArrayList<>();
    for (CuratedAnswer answer : live) {
      // No title: every curated answer would share its words ("EDI", "contacts"), and a question of them would match all.
      Document document = new Document(FILE_PREFIX + answer.id(), "", answer.organisation(), "curated-answer", null, null,
          false);
      passages.add(new Passage(document, 0, List.of(answer.question()), null, answer.answer()));
    }
    this.searcher = passages.isEmpty() ? null : new PassageSearcher(PassageIndex.inMemory(passages));
  }

  /** Returns the live answers indexed; the index lives in memory and is dropped with this. */
  static CuratedIndex of(List<CuratedAnswer> live) {
    return live.isEmpty() ? EMPTY : new CuratedIndex(live);
  }

  @Override
  public Optional<WrittenAnswers.Written> match(Question question) {
    if (searcher == null || question.organisation() == null) return Optional.empty();
    for (Hit hit : searcher.search(new SearchRequest(question.text(), question.organisation(), 4)).hits()) {
      CuratedAnswer answer = byFile.get(hit.passage().document().file());
      if (answer.organisation().equals(question.organisation()) && hit.onTopic() && hit.coverage() >= COVERAGE) {
        return Optional.of(new WrittenAnswers.Written(answer.answer(), citation(answer), hit.coverage()));
      }
    }
    return Optional.empty();
  }

  /** Returns the citation of a curated answer: "Answered by the EDI Contacts, 3 December 2026", the answer its snippet. */
  static Citation citation(CuratedAnswer answer) {
    String title = "Answered by the " + answer.authorRole() + ", " + DAY.format(answer.created());
    return new Citation(FILE_PREFIX + answer.id(), title, null, null, answer.answer());
  }
}
