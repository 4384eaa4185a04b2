package signpost.bot.screening;

import static signpost.bot.screening.RecordWords.given;
import static signpost.bot.screening.RecordWords.sentence;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the "equality implications" paragraph of a committee report from a screening record, and from nothing
 * else: each sentence states what the record holds, or says plainly what is still to be done. The manager's words
 * are quoted as given; nothing is added to them.
 */
public final class CommitteeParagraph {

  /** The public sector equality duty, in the words committee reports use. */
  static final String DUTY = "The decision must be taken with due regard to the need to eliminate discrimination, "
      + "advance equality of opportunity and foster good relations (Equality Act 2010, s149).";

  private CommitteeParagraph() {}

  /** Returns the paragraph, one line of plain text. */
  public static String of(Screening s) {
    List<String> out = new ArrayList<>();
    out.add(given(s.activity()) ? "The proposal, as recorded: " + sentence(s.activity())
        : "What the proposal changes has not yet been recorded.");
    out.add(screening(s));
    out.add(DUTY);
    out.add(verdict(s));
    out.add(s.affected().stream().anyMatch(RecordWords::given)
        ? "Those affected: " + sentence(String.join("; ", s.affected().stream().filter(RecordWords::given)
            .map(RecordWords::oneLine).toList()))
        : "Who is affected has not yet been recorded.");
    out.add(characteristics(s.characteristics()));
    out.add(given(s.evidence()) ? "Evidence so far: " + sentence(s.evidence()) : "No evidence has yet been recorded.");
    out.add(given(s.engagement()) ? "Engagement so far: " + sentence(s.engagement())
        : "Engagement with those affected has not yet been recorded.");
    out.add(given(s.mitigation()) ? "Mitigation proposed: " + sentence(s.mitigation())
        : "Any mitigation has not yet been recorded.");
    decision(s, out);
    out.add(given(s.reviewDate()) ? "The review date recorded is " + sentence(s.reviewDate())
        : "A review date has not yet been recorded.");
    return String.join(" ", out);
  }

  private static String screening(Screening s) {
    String when = RecordWords.day(s.created());
    String updated = RecordWords.day(s.updated());
    String ref = "(reference " + s.reference() + ", started " + when
        + (updated.equals(when) ? "" : ", last updated " + updated) + ")";
    String what = "An equality impact assessment (EqIA) screening of the proposal ";
    return switch (s.status()) {
      case OPEN -> what + "is in progress " + ref + ".";
      case COMPLETE -> what + "was carried out " + ref + ".";
      case ABANDONED -> what + "was started " + ref + " but not completed.";
    };
  }

  private static String verdict(Screening s) {
    if (s.verdict() == null) return "The screening has not yet reached a verdict.";
    String lead = s.status() == Status.COMPLETE ? "The screening concluded that " : "On the screening so far, ";
    String verdict = lead + RecordWords.verdict(s.verdict()) + ".";
    List<String> reasons = s.reasons().stream().filter(RecordWords::given).map(RecordWords::sentence).toList();
    return reasons.isEmpty() ? verdict : verdict + " The reasons recorded: " + String.join(" ", reasons);
  }

  /** Groups the characteristics by likely impact, strongest concern first: "negative for age and disability, ...". */
  private static String characteristics(List<CharacteristicNote> notes) {
    if (notes.isEmpty()) return "The characteristics the proposal may affect have not yet been recorded.";
    Map<Impact, List<String>> byImpact = new EnumMap<>(Impact.class);
    for (CharacteristicNote note : notes) {
      byImpact.computeIfAbsent(note.impact(), i -> new ArrayList<>()).add(RecordWords.clause(note.name()));
    }
    List<String> clauses = new ArrayList<>();
    for (Impact impact : List.of(Impact.NEGATIVE, Impact.POSITIVE, Impact.NEUTRAL, Impact.NOT_KNOWN)) {
      List<String> names = byImpact.get(impact);
      String words = impact == Impact.NOT_KNOWN ? "not yet known" : impact.label();
      if (names != null) clauses.add(words + " for " + and(names));
    }
    return "The screening considered " + and(notes.stream().map(n -> RecordWords.clause(n.name())).toList())
        + "; the likely impact is " + and(clauses) + ".";
  }

  private static void decision(Screening s, List<String> out) {
    if (given(s.decisionMaker()) && given(s.decisionDate())) {
      out.add("The decision-maker recorded is " + RecordWords.clause(s.decisionMaker())
          + ", and the decision date recorded is " + sentence(s.decisionDate()));
    } else if (given(s.decisionMaker())) {
      out.add("The decision-maker recorded is " + sentence(s.decisionMaker())
          + " The decision date has not yet been recorded.");
    } else if (given(s.decisionDate())) {
      out.add("The decision date recorded is " + sentence(s.decisionDate()));
    }
  }

  /** Returns "a", "a and b", or "a, b and c". */
  private static String and(List<String> parts) {
    if (parts.size() == 1) return parts.get(0);
    return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
  }
}
