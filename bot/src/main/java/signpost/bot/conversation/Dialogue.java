package signpost.bot.conversation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import signpost.bot.core.Answer;
import signpost.bot.core.AnswerPipeline;
import signpost.bot.core.Paragraph;
import signpost.bot.core.Question;
import signpost.bot.screening.CharacteristicNote;
import signpost.bot.screening.Screening;
import signpost.bot.screening.Status;
import signpost.rules.decision.Intent;
import signpost.rules.decision.NextQuestion;
import signpost.rules.screening.Reading;
import signpost.rules.screening.ScreeningContext;
import signpost.rules.screening.Slot;

/**
 * One conversation model for every channel. A message that stands alone is answered as before; within a
 * conversation, an EqIA question opens a guided screening, a reply to Signpost's question fills the screening,
 * "never mind" drops it, an unrelated question is answered on its own without losing it, and a disclosure gets the
 * support reply and is never stored. The question a person last asked is kept, redacted, for "ask a person" to pass
 * on. A conversation idle past the set time is closed; its screening stays saved as a draft. Thread-safe; everything
 * between messages is in {@link Memory}.
 */
public final class Dialogue {

  public static final Duration DEFAULT_IDLE = Duration.ofMinutes(30);
  private static final ConversationLocks LOCKS = new ConversationLocks();
  private static final Pattern MINE = Pattern.compile("(?i)\\s*(?:(?:list|show|see|what are)\\s+)?my\\s+"
      + "(?:screenings|eqias|drafts|records)\\s*[?.!]?\\s*");
  /** The most screenings "my screenings" lists; the rest are a command or an API call away. */
  static final int LISTED = 10;
  private static final Pattern RESUME = Pattern.compile("(?i)\\b(resume|continue|carry on|pick up|reopen|back to)\\b");
  /** The words a question opens with. */
  private static final String ASKING = "what|whats|what's|who|whos|who's|where|when|why|which|how|is|are|can|could|does"
      + "|do|should|will|would";
  private static final Pattern QUESTION_OPENER = Pattern.compile("(?i)^(" + ASKING + "|tell me|explain)\\b");

  /**
   * A question put after a pause or a dash and followed by more ("hang on, side question - are carers actually a
   * protected characteristic? my manager says they are"): a message asking, however it opens and ends.
   */
  private static final Pattern ASKED_WITHIN = Pattern.compile("(?i)[,;:.!-]\\s+(?:" + ASKING + ")\\b[^.!?]*\\?");

  private final AnswerPipeline pipeline;
  private final Memory memory;
  private final Screener screener;
  private final Clock clock;
  private final Duration idle;
  private final ScreeningRecords records;
  private final Consumer<ScreeningEvent> events;
  private final UnaryOperator<String> redaction;

  /** Returns a dialogue that reports no {@link ScreeningEvent}s and keeps the last question as asked. */
  public Dialogue(AnswerPipeline pipeline, Memory memory, Screener screener, Clock clock, Duration idle) {
    this(pipeline, memory, screener, clock, idle, event -> { }, UnaryOperator.identity());
  }

  /**
   * @param events told when a screening starts, completes or is abandoned (e.g. to count them)
   * @param redaction makes the text of a question fit to keep (e.g. names, e-mail addresses and phone numbers removed)
   */
  public Dialogue(AnswerPipeline pipeline, Memory memory, Screener screener, Clock clock, Duration idle,
                  Consumer<ScreeningEvent> events, UnaryOperator<String> redaction) {
    this.events = events;
    this.redaction = redaction;
    this.pipeline = pipeline;
    this.memory = memory;
    this.screener = screener;
    this.clock = clock;
    this.idle = idle;
    this.records = new ScreeningRecords(memory);
  }

  /** Returns the screening records this dialogue keeps, each reachable only by its owner. */
  public ScreeningRecords screenings() {
    return records;
  }

  /**
   * Returns the question the person last asked in the conversation, redacted, while the conversation is open; empty
   * for a conversation idle past the set time or one where they have asked nothing yet. A support disclosure is never
   * kept, so never returned.
   *
   * @param conversation the conversation's key as the channel gives it (see {@link Inbound#conversation()})
   */
  public Optional<String> lastAsked(String conversation, String owner) {
    return conversation == null ? Optional.empty() : asked(key(conversation, owner), clock.instant());
  }

  private Optional<String> asked(String key, Instant now) {
    return memory.conversation(key).filter(s -> !s.updated().plus(idle).isBefore(now)).map(ConversationState::asked);
  }

  /** Returns the reply to the message, keeping what the conversation needs for the next one. */
  public Reply reply(Inbound in) {
    if (in.conversation() == null) return answer(in);
    // Two messages of one conversation (a double-click on a quick reply) are taken one after the other here;
    // across replicas the later save wins.
    return LOCKS.with(key(in), () -> answer(in));
  }

  private Reply answer(Inbound in) {
    Question question = new Question(in.id(), in.text(), in.organisation());
    if (in.conversation() != null && MINE.matcher(in.text()).matches()) return mine(in);
    if (in.conversation() != null && References.find(in.text()).isPresent() && RESUME.matcher(in.text()).find()) {
      return resume(in, key(in), References.find(in.text()).get(), new ArrayList<>(), clock.instant());
    }
    if (in.conversation() == null) return new Reply(pipeline.answer(question), null, null);
    Instant now = clock.instant();
    String key = key(in);
    Optional<ConversationState> state = memory.conversation(key);
    Optional<Screening> kept = state.map(ConversationState::screening).flatMap(memory::screening)
        .filter(s -> s.owner().equals(in.owner()));
    Answer alone = pipeline.answer(withNamesWrittenOut(question, kept));
    // A disclosure is answered with care and nothing of it is kept.
    if (alone.intent() == Intent.SUPPORT) return new Reply(alone, in.conversation(), null);
    List<Paragraph> notes = new ArrayList<>();
    if (state.isPresent() && state.get().updated().plus(idle).isBefore(now)) {
      // Closed for idleness: its screening stays saved, as a draft, for its owner to resume.
      memory.forget(key);
      if (state.get().screening() != null) {
        notes.add(body("Your earlier screening " + state.get().screening() + " was saved as a draft after "
            + idle.toMinutes() + " minutes without a message; say \"resume " + state.get().screening()
            + "\" to carry on with it."));
      }
      state = Optional.empty();
    }
    String previous = state.map(ConversationState::asked).orElse(null);
    Screening open = state.isEmpty() ? null : kept.filter(s -> s.status() != Status.ABANDONED).orElse(null);
    Slot pending = state.map(ConversationState::pending).map(Slot::parse).orElse(null);
    Screener.GroupNames groups = new Screener.GroupNames(
        pipeline.knowledge().organisation(in.organisation()).orElse(null), pipeline.ownGroupNames(in.organisation()));
    if (open != null && open.status() == Status.COMPLETE && alone.eqia() != null
        && !screener.read(in.text(), null).correction() && !screener.describes(in.text()).isEmpty()) {
      // A new proposal after a finished screening starts a screening of its own.
      open = null;
    }
    if (open == null) {
      if (alone.eqia() == null || !alone.answered()) {
        memory.keep(new ConversationState(key, in.owner(), in.organisation(), now, null, null,
            redaction.apply(in.text())));
        return new Reply(withNotes(alone, notes), in.conversation(), null);
      }
      Reading reading = screener.read(in.text(), null);
      if (reading.cancel()) {
        // "Actually never mind, leave it. Owen says it's all being done as part of the contract review": dropped before
        // a screening was started, so none is.
        memory.keep(new ConversationState(key, in.owner(), in.organisation(), now, null, null, previous));
        Answer answer = new Answer(in.id(), in.text(), in.organisation(), true, Intent.EQIA,
            List.of(body("No problem: I haven't started a screening, so there is nothing to drop. Ask again whenever "
                + "you need to.")),
            1.0, List.of(), List.of(), null, List.of());
        return new Reply(answer, in.conversation(), null);
      }
      Screening started = Screening.start(References.next(), in.organisation(), in.owner(), now);
      events.accept(ScreeningEvent.STARTED);
      return assess(in, key, screener.apply(started, reading, null, groups, now), notes, now,
          redaction.apply(in.text()));
    }
    Reading reading = screener.read(in.text(), pending, open);
    if (reading.cancel()) {
      Screening dropped = open.withStatus(Status.ABANDONED, now);
      memory.keep(dropped, new ConversationState(key, in.owner(), in.organisation(), now, null, null, previous));
      events.accept(ScreeningEvent.ABANDONED);
      Answer answer = new Answer(in.id(), in.text(), in.organisation(), true, Intent.EQIA,
          List.of(body("No problem: I've dropped screening " + dropped.reference() + ". It is kept as abandoned, "
              + "so nothing is lost if you need it again; nothing else has changed.")),
          1.0, List.of(), List.of(), null, List.of());
      return new Reply(answer, in.conversation(), dropped);
    }
    if (unrelated(in.text(), alone)) {
      memory.keep(new ConversationState(key, in.owner(), in.organisation(), now, open.reference(),
          pending == null ? null : pending.wireName(), redaction.apply(in.text())));
      Answer reply = alone;
      if (open.status() == Status.OPEN) {
        boolean whenAsked = WHEN_ASKED.matcher(in.text()).find();
        Answer verdict = pending == null && !whenAsked ? null : verdictOf(open, in);
        // Asked when it is due, the person needs who signs it off too: the deadline is for the signed assessment.
        if (verdict != null && verdict.eqia() != null && whenAsked) {
          List<Paragraph> signOff = signOff(verdict, alone.text());
          if (!signOff.isEmpty()) reply = alone.withQuoted(signOff, verdict.sources());
        }
        if (INVOLVING_ASKED.matcher(in.text()).find()) involving(open).ifPresent(text -> notes.add(body(text)));
        String next = verdict == null || verdict.next() == null ? "" : verdict.next().text();
        notes.add(body("Your screening " + open.reference() + " is still open" + (pending == null ? "." : ": " + next)));
      }
      return new Reply(withNotes(reply, notes), in.conversation(), open);
    }
    String told = reading.retract() ? screener.retracted(in.text()) : in.text();
    if (reading.retract() && !screener.describes(told).isEmpty()) {
      // All that was said is taken back and a change named: the record holds only what this message tells after taking
      // it back, read as an opening.
      Screening again = screener.apply(open.restarted(now), screener.read(told, null), null, groups, now);
      notes.add(body("Started " + open.reference() + " again from this message: what you said before is no longer in "
          + "the record."));
      return assess(in, key, again, notes, now, previous);
    }
    Screening applied = screener.apply(open, reading, pending, groups, now);
    if (reading.correction()) corrected(open, applied).ifPresent(text -> notes.add(body("Corrected in the record: " + text)));
    return assess(in, key, applied, notes, now, previous);
  }

  /**
   * A question, put while a screening is open, of whom to consult or involve: "We haven't consulted anyone yet - do we
   * need to ...?", "who should we be talking to about this?".
   */
  private static final Pattern INVOLVING_ASKED = Pattern.compile("(?i)\\b(?:consult\\w*|engag(?:e|ed|ing|ement)"
      + "|involve|involving|talk(?:ing)? to|speak(?:ing)? (?:to|with))\\b");

  /**
   * Returns, for a question of whom to consult, the groups the open screening records so far (as the person told them),
   * whose people and representative groups the consultation should reach; empty when it records none yet.
   */
  private static Optional<String> involving(Screening open) {
    List<String> groups = open.characteristics().stream().map(CharacteristicNote::name).distinct().toList();
    if (groups.isEmpty()) return Optional.empty();
    return Optional.of("From what " + open.reference() + " records so far, involve the people it affects, and groups "
        + "that speak for them, on: " + String.join(", ", groups) + ".");
  }

  /**
   * Returns, for a correction ("sorry, typo - it's 64 staff, not 46"), the part of the record it changed as it now
   * reads, so the person sees that the record holds what they meant; empty when it changed none.
   */
  private static Optional<String> corrected(Screening before, Screening after) {
    if (!Objects.equals(before.activity(), after.activity()) && after.activity() != null) {
      return Optional.of(after.activity().replace('\n', ' ').strip());
    }
    if (!before.affected().equals(after.affected()) && !after.affected().isEmpty()) {
      return Optional.of(String.join("; ", after.affected()));
    }
    for (String[] part : new String[][] {{before.evidence(), after.evidence()}, {before.engagement(), after.engagement()},
        {before.mitigation(), after.mitigation()}}) {
      if (!Objects.equals(part[0], part[1]) && part[1] != null) return Optional.of(part[1].replace('\n', ' ').strip());
    }
    return Optional.empty();
  }

  /**
   * Closes every conversation idle past the set time: what it remembered is deleted, its screening stays saved as a
   * draft. Returns how many were closed. A server runs this every few minutes, so nothing of an idle conversation
   * is kept longer than it must be.
   */
  public int closeIdle() {
    return memory.forgetIdleSince(clock.instant().minus(idle));
  }

  /** Lists the person's own screenings, newest first, with how to take one up again. */
  private Reply mine(Inbound in) {
    List<Screening> own = memory.screeningsOf(in.owner());
    StringBuilder text = new StringBuilder();
    if (own.isEmpty()) {
      text.append("You have no screenings yet. Tell me what is changing and I'll start one.");
    } else {
      text.append("Your screenings, newest first:");
      for (Screening s : own.subList(0, Math.min(LISTED, own.size()))) {
        text.append("\n- ").append(s.reference()).append(" (").append(s.status().wireName())
            .append(s.verdict() == null ? "" : ", EqIA " + s.verdict().label()).append(", updated ")
            .append(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).withZone(ZoneOffset.UTC).format(s.updated()))
            .append(")").append(s.activity() == null ? "" : ": " + excerpt(s.activity()));
      }
      if (own.size() > LISTED) text.append("\n").append(own.size() - LISTED).append(" more are listed by signpost screening list.");
      text.append("\nSay \"resume\" and a reference to carry on with one.");
    }
    Answer answer = new Answer(in.id(), in.text(), in.organisation(), true, Intent.EQIA, List.of(body(text.toString())),
        1.0, List.of(), List.of(), null, List.of());
    return new Reply(answer, in.conversation(), null);
  }

  private static String excerpt(String activity) {
    return ScreeningSummary.excerpt(activity, 80);
  }


  /**
   * Takes up a screening by its reference, when it is the person's own: the same reply whether another person's
   * exists or not, so a reference alone reveals nothing.
   */
  private Reply resume(Inbound in, String key, String reference, List<Paragraph> notes, Instant now) {
    Optional<Screening> found = memory.screening(reference).filter(s -> s.owner().equals(in.owner()));
    if (found.isEmpty()) {
      Answer answer = new Answer(in.id(), in.text(), in.organisation(), false, Intent.EQIA,
          List.of(body("I can't find a screening of yours with the reference " + reference + ". Check the reference, "
              + "or start a new screening by telling me what is changing.")), 0, List.of(), List.of(), null, List.of());
      return new Reply(answer, null, null);
    }
    Screening screening = found.get();
    if (screening.status() == Status.ABANDONED) screening = screening.withStatus(Status.OPEN, now);
    notes.add(body("Carrying on with screening " + reference + "."));
    return assess(in, key, screening, notes, now, asked(key, now).orElse(null));
  }

  /**
   * Decides the verdict and the next question for the screening as it now stands, and keeps both.
   *
   * @param asked the question the person last asked, redacted, kept with the conversation; or null
   */
  private Reply assess(Inbound in, String key, Screening screening, List<Paragraph> notes, Instant now, String asked) {
    String assessed = Screener.assessed(screening);
    if (assessed.isBlank()) assessed = in.text();
    if (assessed.length() > Question.MAX_LENGTH) assessed = assessed.substring(0, Question.MAX_LENGTH);
    ScreeningContext context = screener.context(screening);
    // "ok. when do I need to get it to the equalities team?": the record says nothing of it, the message does.
    if (AnswerPipeline.asksTiming(in.text())) context = context.withTimingAsked();
    Answer verdict = pipeline.answer(new Question(in.id(), assessed, in.organisation()), context);
    NextQuestion next = verdict.next();
    Screening kept = new Screening(screening.reference(), screening.organisation(), screening.owner(),
        screening.created(), now, next == null ? Status.COMPLETE : Status.OPEN, screening.activity(),
        screening.affected(), screening.characteristics(), screening.evidence(), screening.engagement(),
        screening.mitigation(), screening.decisionMaker(), screening.decisionDate(), screening.reviewDate(),
        verdict.eqia() == null ? null : verdict.eqia().verdict(),
        verdict.eqia() == null ? List.of() : verdict.eqia().reasons(), verdict.rules(), verdict.sources(),
        screening.answered());
    memory.keep(kept, new ConversationState(key, in.owner(), in.organisation(), now,
        kept.reference(), next == null ? null : next.slot().wireName(), asked));
    if (kept.status() == Status.COMPLETE && screening.status() != Status.COMPLETE) events.accept(ScreeningEvent.COMPLETED);
    List<Paragraph> paragraphs = new ArrayList<>(notes);
    for (Paragraph p : verdict.paragraphs()) {
      switch (p.kind()) {
        case OPEN_QUESTIONS -> { }
        case NEXT_STEPS, BODY -> paragraphs.add(new Paragraph(Paragraph.Kind.MORE, p.text(), null));
        default -> paragraphs.add(p);
      }
    }
    paragraphs.add(body(ScreeningSummary.of(kept)));
    paragraphs.add(body(next == null
        ? "That completes screening " + kept.reference() + ". You can download the record, with a paragraph ready "
            + "for a committee report's equality implications."
        : next.text()));
    Answer answer = new Answer(in.id(), in.text(), in.organisation(), true, Intent.EQIA, paragraphs,
        verdict.confidence(), verdict.sources(), verdict.contacts(), verdict.eqia(), verdict.rules(), next);
    return new Reply(answer, in.conversation(), kept);
  }

  /** Returns the screening's answer as it stands (its verdict, practice and next question), or null before it says what. */
  private Answer verdictOf(Screening screening, Inbound in) {
    String assessed = Screener.assessed(screening);
    if (assessed.isBlank()) return null;
    return pipeline.answer(new Question(in.id(), assessed.length() > Question.MAX_LENGTH
        ? assessed.substring(0, Question.MAX_LENGTH) : assessed, in.organisation()), screener.context(screening));
  }

  /** Asking when: "how far ahead of the committee ...?", "how long before the meeting ...?", "when do I need to ...?". */
  private static final Pattern WHEN_ASKED = Pattern.compile("(?i)\\b(?:how (?:far|long|early|soon|many weeks|much time)"
      + "|when (?:do|does|should|must|would|will|is|are)|deadline|in advance|ahead of)\\b");
  /** A line of the organisation's practice saying who signs an assessment off or approves it. */
  private static final Pattern SIGNS = Pattern.compile("(?i)\\b(?:sign(?:s|ed)?(?:[ -]off)?|approv\\w*)\\b");
  private static final Pattern TRAILING_MARKER = Pattern.compile("( \\[\\d{1,3}\\])$");

  /**
   * Returns the lines of the screening answer's quoted practice that say who signs off, with the document they are
   * from and their citation, unless {@code already} (the answer given) says them; empty when it quotes none.
   */
  private static List<Paragraph> signOff(Answer verdict, String already) {
    List<Paragraph> out = new ArrayList<>();
    for (Paragraph p : verdict.paragraphs()) {
      if (p.kind() != Paragraph.Kind.PRACTICE || !SIGNS.matcher(p.text()).find()) continue;
      Matcher marker = TRAILING_MARKER.matcher(p.text());
      String cite = marker.find() ? marker.group(1) : "";
      String text = p.text().substring(0, p.text().length() - cite.length());
      List<String> kept = new ArrayList<>();
      for (String line : text.split("\n")) {
        if (kept.isEmpty() && line.startsWith("From ") && line.endsWith(":") || SIGNS.matcher(line).find()) kept.add(line);
      }
      boolean says = kept.stream().anyMatch(line -> SIGNS.matcher(line).find() && !already.contains(line));
      if (says) out.add(new Paragraph(Paragraph.Kind.PRACTICE, String.join("\n", kept) + cite));
    }
    return out;
  }

  /**
   * Returns the question with initials the person made of a name in their screening written out ("the COG meeting" after
   * "the Chief Officer Group"), so that it is read as they meant it; the question itself otherwise.
   */
  private static Question withNamesWrittenOut(Question question, Optional<Screening> screening) {
    if (screening.isEmpty()) return question;
    Screening s = screening.get();
    String earlier = String.join("\n", Stream.concat(Stream.of(s.activity(), s.evidence(), s.engagement(),
        s.mitigation(), s.decisionMaker()), s.affected().stream()).filter(Objects::nonNull).toList());
    String text = Initials.expand(question.text(), earlier);
    return text.equals(question.text()) || text.length() > Question.MAX_LENGTH ? question
        : new Question(question.id(), text, question.organisation());
  }

  /** Returns true when the message is a question of its own, answered without the screening. */
  private static boolean unrelated(String text, Answer alone) {
    String t = text.strip();
    boolean asks = t.endsWith("?") || QUESTION_OPENER.matcher(t).find() || ASKED_WITHIN.matcher(t).find();
    return asks && !OF_THE_SCREENING.matcher(t).find() && alone.answered() && alone.eqia() == null;
  }

  /**
   * A question about the screening under way: "anything else you need from me?", "what's next?", "are we done?", "do we
   * need a full one?", "so is it a no? do I have to write anything down?", "so nothing to fill in?"; and who signs it off, however the asker names
   * what it goes into ("who do I need to get 4.4 cleared by?", "who needs to sign the assessment off and where do I send
   * it?"), which the screening's answer says.
   */
  private static final Pattern OF_THE_SCREENING = Pattern.compile("(?i)\\b(?:anything else|what else|need from me"
      // Its verdict, and what to keep of it: "so is it a no? and do I have to write anything down?"
      + "|(?:is (?:it|that|this)|so it'?s) a (?:no|yes)|(?:write|put|note) (?:anything|something|it) down|record anything"
      // Its verdict checked: "so nothing to fill in?", "no paperwork then?"
      + "|nothing to (?:fill in|do|complete|write)|no paperwork|nothing (?:needed|required)"
      + "|is that (?:all|everything|it)|are we (?:done|finished)|what(?:'s| is| happens)? next|what now|where are we"
      + "|(?:do|would|will) (?:we|i) need (?:a full one|one|the full \\w+|a full \\w+)"
      + "|who\\b(?:[^?.!]|\\.(?=\\d)){0,40}\\b(?:sign(?:s|ed)?[ -]?(?:(?:it|this|that|(?:the|my|our) \\w+) )?off"
      + "|clear(?:s|ed)?|approv\\w*|decides?)|where (?:do|should|can|would) (?:i|we) send (?:it|this|that|the \\w+|my \\w+))\\b");

  private static Answer withNotes(Answer answer, List<Paragraph> notes) {
    if (notes.isEmpty()) return answer;
    List<Paragraph> out = new ArrayList<>(answer.paragraphs());
    out.addAll(notes);
    return answer.withParagraphs(out);
  }

  /** A conversation is one person's: in a shared thread each person has their own. */
  private static String key(Inbound in) {
    return key(in.conversation(), in.owner());
  }

  private static String key(String conversation, String owner) {
    return conversation + "|" + owner;
  }

  private static Paragraph body(String text) {
    return new Paragraph(Paragraph.Kind.BODY, text, null);
  }
}
