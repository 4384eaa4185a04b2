package signpost.bot.teams;

import java.util.Optional;
import signpost.bot.config.Config;
import signpost.bot.core.Answer;
import signpost.bot.core.Feedback;
import signpost.bot.core.FeedbackLog;
import signpost.bot.core.Question;
import signpost.bot.core.Recent;
import signpost.bot.server.Assistant;
import signpost.bot.store.SeenOnce;
import signpost.knowledge.org.Organisation;

/**
 * The Teams channel's side of the assistant: which organisation a tenant answers for, answers, the recent answers
 * that "Why?" explains, and ratings. Keeps no Teams or Microsoft Entra user id.
 */
final class Answering {

  static final int REMEMBERED_ANSWERS = 1_000;

  private final Assistant assistant;
  private final Config config;
  private final Recent<Answer> recent = new Recent<>(REMEMBERED_ANSWERS);

  Answering(Assistant assistant, Config config) {
    this.assistant = assistant;
    this.config = config;
  }

  /** Returns the organisation a tenant answers for: its mapping, else the default, else null. */
  String organisation(String tenantId) {
    return config.teams().organisationOf(tenantId, config.defaultOrganisation());
  }

  /** Returns the organisation's display name, or null when there is none. */
  String organisationName(String organisation) {
    return assistant.knowledge().organisation(organisation).map(Organisation::name).orElse(null);
  }

  /** Returns the database's seen-once check (the database opens on first use). */
  SeenOnce seenOnce() {
    return assistant.database().seenOnce();
  }

  /** Returns the answer, kept for "Why?". */
  Answer answer(Question question) {
    Answer answer = assistant.pipeline().answer(question);
    if (answer.id() != null) recent.add(answer.id(), answer);
    assistant.feedback().issued(answer.id());
    return answer;
  }

  /** Returns a recent answer by its question id. */
  Optional<Answer> recent(String questionId) {
    return recent.get(questionId);
  }

  /** Returns how many answers are kept for "Why?". */
  int kept() {
    return recent.size();
  }

  /**
   * Records a 👍 or 👎 on an answer given here, once per person: a second replaces the first.
   *
   * @param person the Teams user's id, kept only hashed
   * @return false when no answer with that id was given here recently
   * @throws IllegalArgumentException when the id is blank or over 200 characters
   */
  boolean rate(String questionId, boolean helpful, String person) {
    return assistant.feedback().record(new Feedback(questionId, helpful, "teams"), String.valueOf(person))
        == FeedbackLog.Outcome.RECORDED;
  }
}
