package signpost.rules.engine;

import java.util.Arrays;
import signpost.rules.decision.NextQuestion;
import signpost.rules.facts.ScreeningQuestion;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import signpost.knowledge.org.Service;
import signpost.rules.decision.Decision;
import signpost.rules.decision.Duty;
import signpost.rules.decision.EqiaVerdict;
import signpost.rules.decision.Intent;
import signpost.rules.decision.Verdict;
import signpost.rules.facts.AdjustmentsAsked;
import signpost.rules.facts.AimEngaged;
import signpost.rules.facts.Caveat;
import signpost.rules.facts.Consider;
import signpost.rules.facts.DutyApplies;
import signpost.rules.facts.EqiaAsked;
import signpost.rules.facts.EqiaFinding;
import signpost.rules.facts.IntentChosen;
import signpost.rules.facts.NextStep;
import signpost.rules.facts.OpenQuestion;
import signpost.rules.facts.PlanContactNamed;
import signpost.rules.facts.Referral;
import signpost.rules.facts.Refusal;
import signpost.rules.facts.SourceIntroduced;
import signpost.rules.facts.SupportOffered;
import signpost.rules.facts.ThemeRelevant;
import signpost.rules.facts.TimetableShown;
import signpost.rules.facts.UrgentHelp;

/** Reads the decisions the rules inserted, in the order they were made, into one {@link Decision}. */
final class DecisionReader {

  /** The most contacts an answer lists; more is a directory, not a signpost. */
  static final int MAX_REFERRALS = 5;

  private DecisionReader() {}

  static Decision read(FiredRules fired) {
    List<Object> made = fired.inserted;
    Intent intent = first(made, IntentChosen.class).map(IntentChosen::intent).orElse(Intent.FACT);
    String refusal = first(made, Refusal.class).map(Refusal::why).orElse(null);
    boolean eqiaAsked = first(made, EqiaAsked.class).isPresent();
    Map<Duty, Decision.DutyNote> duties = new LinkedHashMap<>();
    for (DutyApplies d : all(made, DutyApplies.class)) duties.putIfAbsent(d.duty(), new Decision.DutyNote(d.duty(), d.why()));
    Set<String> themes = new LinkedHashSet<>();
    all(made, ThemeRelevant.class).forEach(t -> themes.add(t.themeId()));
    Set<Decision.PlanContact> plan = new LinkedHashSet<>();
    all(made, PlanContactNamed.class).forEach(p -> plan.add(new Decision.PlanContact(p.contactId(), p.kind())));
    List<String> caveats = eqiaAsked ? List.of() : distinct(all(made, Caveat.class).stream().map(Caveat::text).toList());
    return new Decision(refusal == null ? intent : Intent.UNKNOWN, refusal, eqiaAsked ? verdict(made) : null,
        List.copyOf(duties.values()), referrals(all(made, Referral.class)), List.copyOf(themes), List.copyOf(plan),
        first(made, TimetableShown.class).isPresent(),
        distinct(all(made, SourceIntroduced.class).stream().map(SourceIntroduced::documentId).toList()), caveats, first(made, SupportOffered.class).isPresent(), first(made, UrgentHelp.class).isPresent(),
        first(made, AdjustmentsAsked.class).isPresent(), distinct(fired.names), next(made));
  }

  /** Returns the question of the lowest order the question table asks, or null. */
  private static NextQuestion next(List<Object> made) {
    return all(made, ScreeningQuestion.class).stream().min(Comparator.comparingInt(ScreeningQuestion::order))
        .map(q -> new NextQuestion(q.slot(), q.text(), q.replies().isBlank() ? List.of()
            : Arrays.stream(q.replies().split("\\|")).map(String::strip).filter(r -> !r.isEmpty()).toList(), q.rule()))
        .orElse(null);
  }

  private static EqiaVerdict verdict(List<Object> made) {
    List<EqiaFinding> findings = all(made, EqiaFinding.class);
    Verdict verdict = findings.stream().map(EqiaFinding::verdict).max(Comparator.naturalOrder()).orElse(Verdict.SCREENING);
    List<EqiaFinding> decisive = findings.stream().filter(f -> f.verdict() == verdict).toList();
    List<String> steps = new ArrayList<>(decisive.stream().map(EqiaFinding::next).filter(s -> !s.isBlank()).toList());
    all(made, NextStep.class).stream().sorted(Comparator.comparingInt(NextStep::order)).forEach(s -> steps.add(s.text()));
    List<String> consider = all(made, Consider.class).stream()
        .sorted(Comparator.comparing(Consider::kind)).map(Consider::what).toList();
    List<String> aims = all(made, AimEngaged.class).stream()
        .sorted(Comparator.comparing(AimEngaged::aim)).map(a -> a.aim().label() + ": " + a.why()).toList();
    return new EqiaVerdict(verdict, distinct(decisive.stream().map(EqiaFinding::reason).toList()), distinct(consider),
        distinct(aims), distinct(steps), distinct(all(made, OpenQuestion.class).stream().map(OpenQuestion::text).toList()),
        distinct(all(made, Caveat.class).stream().map(Caveat::text).toList()));
  }

  /**
   * Chooses who to name: first one contact for each need, in the needs' order, preferring a contact that
   * serves more of the needs (then file order); then the others by need and file order; at most
   * {@link #MAX_REFERRALS}. Each contact is named once, with every need it was chosen for.
   */
  private static List<Decision.Referral> referrals(List<Referral> referrals) {
    Map<String, Set<Service>> servesByContact = new LinkedHashMap<>();
    List<Referral> ordered = referrals.stream()
        .sorted(Comparator.comparingInt(Referral::rank).thenComparingInt(Referral::order)).toList();
    for (Referral r : ordered) servesByContact.computeIfAbsent(key(r), k -> EnumSet.noneOf(Service.class)).add(r.service());
    Set<String> chosen = new LinkedHashSet<>();
    Set<Service> needs = new LinkedHashSet<>();
    ordered.forEach(r -> needs.add(r.service()));
    for (Service need : needs) {
      if (chosen.size() == MAX_REFERRALS) break;
      if (chosen.stream().anyMatch(c -> servesByContact.get(c).contains(need))) continue;
      ordered.stream().filter(r -> r.service() == need && !chosen.contains(key(r)))
          .max(Comparator.comparingInt((Referral r) -> servesByContact.get(key(r)).size()).thenComparingInt(r -> -r.order()))
          .ifPresent(r -> chosen.add(key(r)));
    }
    for (Referral r : ordered) if (chosen.size() < MAX_REFERRALS) chosen.add(key(r));
    List<Decision.Referral> out = new ArrayList<>();
    for (String contact : chosen) {
      out.add(new Decision.Referral(contact.isEmpty() ? null : contact, List.copyOf(servesByContact.get(contact))));
    }
    return out;
  }

  private static String key(Referral referral) {
    return referral.contactId() == null ? "" : referral.contactId();
  }

  private static <T> Optional<T> first(List<Object> made, Class<T> type) {
    for (Object fact : made) if (type.isInstance(fact)) return Optional.of(type.cast(fact));
    return Optional.empty();
  }

  private static <T> List<T> all(List<Object> made, Class<T> type) {
    List<T> out = new ArrayList<>();
    for (Object fact : made) if (type.isInstance(fact)) out.add(type.cast(fact));
    return out;
  }

  private static List<String> distinct(List<String> texts) {
    return List.copyOf(new LinkedHashSet<>(texts));
  }
}
