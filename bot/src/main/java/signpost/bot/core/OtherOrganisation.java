package signpost.bot.core;

import java.util.List;
import signpost.rules.decision.Decision;
import signpost.rules.decision.Intent;

/**
 * The decision for a question about an organisation Signpost has no documents or facts of ("Norfolk
 * County Council's objectives"): a refusal, whatever the asker's own organisation, since anything quoted
 * would be another council's words passed off as that one's.
 */
final class OtherOrganisation {

  private OtherOrganisation() {}

  /** Returns the refusal of a question about {@code name}, as the question names it. */
  static Decision refusal(String name) {
    return new Decision(Intent.UNKNOWN, "no document or organisation file covers " + name, null, List.of(),
        List.of(), List.of(), List.of(), false, List.of(), List.of(), false, false, List.of());
  }
}
