package signpost.bot.screening;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import signpost.bot.core.Citation;
import signpost.rules.decision.Verdict;

/**
 * The record of one EqIA screening. Every text field holds what the manager said, in their words, or null when
 * they have not said it yet: nothing is put in their mouth.
 *
 * @param reference an unguessable reference, e.g. {@code "SCR-7F3K-9QXW-M2HD"}; it grants nothing by itself
 * @param organisation the organisation id, or null when not known
 * @param owner the pseudonymous id of the person it belongs to (see {@code Pseudonyms}), never a name
 * @param created when it was started
 * @param updated when it last changed
 * @param status open, complete or abandoned
 * @param activity what is changing
 * @param affected who uses or is affected by it, and roughly how many, one entry per sentence the manager wrote
 * @param characteristics the characteristics and local groups it points to, with likely impact and evidence
 * @param evidence the data, complaints or research the manager has
 * @param engagement who has been (or not yet been) asked
 * @param mitigation what would reduce any negative impact
 * @param decisionMaker who decides
 * @param decisionDate when, as said ("February", "next month")
 * @param reviewDate when it will be reviewed, as said
 * @param verdict the verdict so far, or null before anything is known
 * @param reasons why, one per trigger that applied
 * @param rules the rules that fired for the latest verdict
 * @param sources what the verdict rests on
 * @param answered the parts of the record the manager has answered, even with "none" or "not yet", as
 *     {@code Slot} names ({@code "groups"}), so a question answered is never asked twice
 */
public record Screening(String reference, String organisation, String owner, Instant created, Instant updated,
                        Status status, String activity, List<String> affected,
                        List<CharacteristicNote> characteristics, String evidence, String engagement,
                        String mitigation, String decisionMaker, String decisionDate, String reviewDate,
                        Verdict verdict, List<String> reasons, List<String> rules, List<Citation> sources,
                        List<String> answered) {

  public Screening {
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(created, "created");
    Objects.requireNonNull(updated, "updated");
    Objects.requireNonNull(status, "status");
    affected = affected == null ? List.of() : List.copyOf(affected);
    characteristics = characteristics == null ? List.of() : List.copyOf(characteristics);
    reasons = reasons == null ? List.of() : List.copyOf(reasons);
    rules = rules == null ? List.of() : List.copyOf(rules);
    sources = sources == null ? List.of() : List.copyOf(sources);
    answered = answered == null ? List.of() : List.copyOf(answered);
  }

  /** Returns a record with no parts marked answered beyond those it holds. */
  public Screening(String reference, String organisation, String owner, Instant created, Instant updated,
                   Status status, String activity, List<String> affected, List<CharacteristicNote> characteristics,
                   String evidence, String engagement, String mitigation, String decisionMaker, String decisionDate,
                   String reviewDate, Verdict verdict, List<String> reasons, List<String> rules, List<Citation> sources) {
    this(reference, organisation, owner, created, updated, status, activity, affected, characteristics, evidence,
        engagement, mitigation, decisionMaker, decisionDate, reviewDate, verdict, reasons, rules, sources, List.of());
  }

  /** Returns a new, empty, open screening. */
  public static Screening start(String reference, String organisation, String owner, Instant now) {
    return new Screening(reference, organisation, owner, now, now, Status.OPEN, null, List.of(), List.of(), null,
        null, null, null, null, null, null, List.of(), List.of(), List.of());
  }

  /**
   * Returns the screening started again: the same reference, owner and start, open, with nothing said kept ("ignore
   * that, I was sent the wrong paper").
   */
  public Screening restarted(Instant now) {
    return new Screening(reference, organisation, owner, created, now, Status.OPEN, null, List.of(), List.of(), null,
        null, null, null, null, null, null, List.of(), List.of(), List.of());
  }

  /** Returns the names of the characteristics considered, in order. */
  public List<String> characteristicNames() {
    return characteristics.stream().map(CharacteristicNote::name).toList();
  }

  public Screening withStatus(Status newStatus, Instant now) {
    return new Screening(reference, organisation, owner, created, now, newStatus, activity, affected, characteristics,
        evidence, engagement, mitigation, decisionMaker, decisionDate, reviewDate, verdict, reasons, rules, sources,
        answered);
  }
}
