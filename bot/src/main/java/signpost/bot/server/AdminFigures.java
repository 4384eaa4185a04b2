package signpost.bot.server;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import signpost.bot.admin.DocumentReview;
import signpost.bot.admin.OrganisationFigures;
import signpost.bot.admin.RulesFigures;
import signpost.bot.edi.QuestionGroup;
import signpost.knowledge.KnowledgeBase;
import signpost.knowledge.LiveKnowledge;
import signpost.rules.engine.LiveRuleBase;
import signpost.rules.engine.RuleFile;
import signpost.rules.engine.RuleFiles;
import signpost.rules.engine.Trigger;

/**
 * Gathers what the admin page shows from what the assistant serves now: knowledge, rules, the question log, curated
 * answers and the screening store.
 */
final class AdminFigures {

  private AdminFigures() {}

  /**
   * Returns the figures of one organisation: the questions its staff could not find in the last
   * {@link OrganisationFigures#QUESTION_WEEKS} weeks up to {@code now}, its curated answers, its questions passed on to
   * the EDI Contacts and not yet replied to, its documents (past their review date first) with when each was last cited,
   * and its screening counts.
   */
  static OrganisationFigures of(Assistant assistant, String organisation, Instant now) {
    KnowledgeBase knowledge = assistant.knowledge();
    String name = knowledge.organisation(organisation).map(o -> o.name()).orElse(organisation);
    LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    Map<String, Instant> cited = assistant.questions().lastCited(organisation);
    List<DocumentReview> documents = knowledge.report().documents().stream()
        .filter(d -> !d.builtIn() && organisation.equals(d.organisation()))
        .map(d -> DocumentReview.of(d, today, cited.get(d.file())))
        .sorted(Comparator.comparing(DocumentReview::state).thenComparing(DocumentReview::title))
        .toList();
    List<QuestionGroup> questions = assistant.questions().groups(organisation,
        now.minus(Duration.ofDays(7L * OrganisationFigures.QUESTION_WEEKS)), now);
    return new OrganisationFigures(organisation, name, documents, assistant.database().screenings().counts(organisation),
        questions, assistant.curated().list(organisation), assistant.handoffs().waiting(organisation));
  }

  /** Returns the rule files (as their folder holds them now), the trigger table and the last reload of each. */
  static RulesFigures rules(Assistant assistant) {
    Path folder = assistant.config().rules();
    List<RuleFile> files = folder == null ? RuleFiles.builtIn() : RuleFiles.withFolder(folder);
    List<RulesFigures.RuleFileSource> sources = files.stream()
        .map(f -> new RulesFigures.RuleFileSource(f.name(), folder != null && Files.isRegularFile(folder.resolve(f.name()))))
        .toList();
    LiveKnowledge.Status knowledge = assistant.knowledgeStatus();
    LiveRuleBase.Status rules = assistant.rulesStatus();
    return new RulesFigures(sources, Trigger.of(files), assistant.rules().ruleNames().size(), assistant.rulesGeneration(),
        rules == null ? null : rules.lastError(), knowledge.generation(), knowledge.lastError());
  }
}
