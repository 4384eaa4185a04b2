package signpost.rules.decision;

import java.util.List;
import java.util.Optional;
import signpost.knowledge.org.Service;

/**
 * What the rule base decided about one question.
 *
 * @param intent what kind of answer it gets
 * @param refusal why Signpost has nothing reliable to say, or null when it answers
 * @param eqia the EqIA verdict when the question asks whether one is needed, or null
 * @param duties the duties that apply, with what each means here
 * @param referrals who to send the asker to, in order
 * @param themes the ids of the strategy themes or priorities that touch the question (answers show them in file order)
 * @param planContacts who owns, reviews or hears about the plan, in order
 * @param timetable true when the answer shows the draft plan's timetable from the organisation file
 * @param introducedSources the ids of documents whose quoted passages are introduced by title and date
 * @param caveats warnings outside an EqIA verdict, e.g. that per-action owners are not named
 * @param support true when the asker is reporting harm and gets a caring reply
 * @param urgentHelp true when the reply points to urgent help
 * @param adjustments true when the asker tells of a condition of their own and is told what they can have at work
 * @param rules the names of the rules that fired, in firing order
 * @param next the question an open screening asks next, or null when there is none or nothing is left to ask
 */
public record Decision(Intent intent, String refusal, EqiaVerdict eqia, List<DutyNote> duties,
                       List<Referral> referrals, List<String> themes, List<PlanContact> planContacts,
                       boolean timetable, List<String> introducedSources, List<String> caveats, boolean support, boolean urgentHelp,
                       boolean adjustments, List<String> rules, NextQuestion next) {

  public Decision {
    duties = List.copyOf(duties);
    referrals = List.copyOf(referrals);
    themes = List.copyOf(themes);
    planContacts = List.copyOf(planContacts);
    introducedSources = List.copyOf(introducedSources);
    caveats = List.copyOf(caveats);
    rules = List.copyOf(rules);
  }

  /** Returns true when Signpost answers rather than refuses. */
  public boolean answered() {
    return refusal == null;
  }

  /** Returns the EqIA verdict, when the question asks whether one is needed. */
  public Optional<EqiaVerdict> eqiaVerdict() {
    return Optional.ofNullable(eqia);
  }

  /**
   * A duty that applies, and what it means here.
   *
   * @param duty the duty
   * @param why what it means for the asker
   */
  public record DutyNote(Duty duty, String why) {}

  /**
   * Someone to send the asker to.
   *
   * @param contactId the organisation file's contact id, or null for the generic "your EDI team"
   * @param services what they were chosen for
   */
  public record Referral(String contactId, List<Service> services) {

    public Referral {
      services = List.copyOf(services);
    }

    /** Returns true when this is the generic "your EDI team" rather than a named contact. */
    public boolean generic() {
      return contactId == null;
    }
  }

  /**
   * A contact with a part in the plan objectives belong to.
   *
   * @param contactId the contact's id in the organisation file
   * @param part its part, e.g. {@code OFFICER}
   */
  public record PlanContact(String contactId, PlanPart part) {}
}
