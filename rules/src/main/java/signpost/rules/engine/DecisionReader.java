package signpost.rules.engine;

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
  static final int MAX_REFERRALS = 4;

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
        distinct(fired.names));
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

  /** Merges referrals by contact, best-ranked first; the generic "your EDI team" only when nobody is named. */
  private static List<Decision.Referral> referrals(List<Referral> referrals) {
    Map<String, List<Referral>> byContact = new LinkedHashMap<>();
    referrals.stream()
        .sorted(Comparator.comparingInt(Referral::rank).thenComparingInt(Referral::order))
        .forEach(r -> byContact.computeIfAbsent(r.contactId() == null ? "" : r.contactId(), k -> new ArrayList<>()).add(r));
    boolean named = byContact.keySet().stream().anyMatch(id -> !id.isEmpty());
    List<Decision.Referral> out = new ArrayList<>();
    for (Map.Entry<String, List<Referral>> entry : byContact.entrySet()) {
      if (out.size() == MAX_REFERRALS) break;
      if (entry.getKey().isEmpty() && named) continue;
      Set<Service> services = EnumSet.noneOf(Service.class);
      entry.getValue().forEach(r -> services.add(r.service()));
      out.add(new Decision.Referral(entry.getKey().isEmpty() ? null : entry.getKey(), List.copyOf(services)));
    }
    return out;
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
