package signpost.bot.teams;

import java.util.Optional;
import signpost.bot.config.Config;
import signpost.bot.conversation.Inbound;
import signpost.bot.conversation.Reply;
import signpost.bot.core.Answer;
import signpost.bot.core.Feedback;
import signpost.bot.core.Question;
import signpost.bot.edi.CuratedAnswers;
import signpost.bot.edi.Handoff;
import signpost.bot.edi.Handoffs;
import signpost.bot.email.EmailContacts;
import signpost.bot.metrics.Channel;
import signpost.bot.screening.RecordLinks;
import signpost.bot.server.Assistant;
import signpost.bot.store.PersonalData;
import signpost.bot.store.SeenOnce;
import signpost.knowledge.org.Organisation;

/**
 * The Teams channel's side of the assistant: which organisation a tenant answers for, answers and conversation
 * replies, the answers that "Why?" explains (kept in the database, so that any replica explains them), ratings, and
 * links to screening records. Keeps no Teams or
 * Microsoft Entra user id: a person is known by a pseudonymous owner id.
 */
final class Answering {

  private final Assistant assistant;
  private final Config config;
  private final RecordLinks links;

  Answering(Assistant assistant, Config config) {
    this.assistant = assistant;
    this.config = config;
    this.links = new RecordLinks(config.edge().publicHosts(), assistant.downloadTokens());
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

  /** Returns the reply to a message in its conversation, its answer kept for "Why?". */
  Reply reply(Inbound message) {
    Reply reply = assistant.dialogue().reply(message);
    return reply.withAnswer(remembered(reply.answer(), message.owner()));
  }

  /**
   * Returns the answer under the signed id it is given under, its text kept for "Why?", and notes its question for the
   * EDI team (see QuestionLog#asked).
   */
  private Answer remembered(Answer answer, String owner) {
    Answer given = assistant.explained().keep(answer, assistant.questions().asked(answer, "teams", owner));
    assistant.meters().answered(Channel.TEAMS, given);
    return given;
  }

  /**
   * Returns the pseudonymous id of a person in a tenant, from their Microsoft Entra object id (else their channel
   * id): whose conversation and screening it is, never a name.
   */
  String owner(String tenantId, String fromId) {
    return assistant.owner("teams", (tenantId == null ? "" : tenantId) + ":" + fromId);
  }

  /**
   * Returns whose data a Teams user's is: their owner id for screenings, conversations and questions; their id for
   * ratings.
   */
  PersonalData.Person person(String tenantId, String fromId) {
    return new PersonalData.Person("teams", owner(tenantId, fromId), "teams", String.valueOf(fromId));
  }

  /** Returns where what is kept about a person is found and deleted. */
  PersonalData personalData() {
    return assistant.database().personalData();
  }

  /**
   * Delivers a contact's reply to its asker wherever they asked: a Teams personal chat, or another channel's place (the
   * web chat's) for a question it passed on to the contacts' Teams channel.
   *
   * @throws TeamsException when no channel running here delivers to the asker's place; then, or when the channel fails, the
   *     hand-off's claim is released (see {@link Handoffs#deliver})
   */
  void deliver(Handoff handoff) {
    if (!assistant.handoffs().deliver(handoff, assistant.deliveries())) {
      throw new TeamsException("no channel running here delivers the reply to hand-off " + handoff.id());
    }
  }

  /** Returns where the organisation's EDI Contacts are in Teams, {@code conversationId@serviceUrl}, or null. */
  String contactsAddress(String organisation) {
    return config.teams().ediContacts(organisation);
  }

  /** Returns the e-mail fallback to the EDI Contacts, or null when no organisation has an address. */
  EmailContacts email() {
    return assistant.email();
  }

  /**
   * Returns true when the organisation's EDI Contacts can be asked: in Teams, else by e-mail (see
   * {@code SIGNPOST_EDI_CONTACTS_EMAIL}).
   */
  boolean passesOn(String organisation) {
    EmailContacts email = assistant.email();
    return contactsAddress(organisation) != null || email != null && email.address(organisation) != null;
  }

  /** Returns the questions passed on to the EDI Contacts (kept in the database). */
  Handoffs handoffs() {
    return assistant.handoffs();
  }

  /** Returns the EDI Contacts' curated answers (kept in the database). */
  CuratedAnswers curated() {
    return assistant.curated();
  }

  /** Returns the links to screening records. */
  RecordLinks links() {
    return links;
  }

  /** Returns a recent answer by its question id, whichever replica gave it. */
  Optional<Answer> recent(String questionId) {
    return assistant.explained().find(questionId);
  }

  /** Returns how many answers are kept for "Why?". */
  int kept() {
    return assistant.explained().count();
  }

  /**
   * Records a 👍 or 👎 on an answer given here, once per person: a second replaces the first. A 👎 logs the answer's
   * question for the EDI team, once per answer.
   *
   * @param tenantId the tenant the person rated in
   * @param person the Teams user's id, kept only hashed
   * @throws IllegalArgumentException when the id is blank or over 200 characters
   */
  Assistant.Rated rate(String questionId, boolean helpful, String tenantId, String person) {
    return assistant.rate(new Feedback(questionId, helpful, "teams"), String.valueOf(person), owner(tenantId, person));
  }

  /** Returns true when the whole message asks for a person rather than asking a question (see PersonRequests). */
  boolean asksForPerson(String message) {
    return assistant.personRequests().asks(message);
  }

  /** Returns who to ask, for someone asking for a person whom Signpost cannot reach (see AnswerPipeline#referral). */
  Answer referral(Question request) {
    return assistant.pipeline().referral(request);
  }

  /** Returns the question the person last asked in the conversation, redacted, while the conversation is open. */
  Optional<String> lastAsked(String conversation, String owner) {
    return assistant.dialogue().lastAsked(conversation, owner);
  }
}
