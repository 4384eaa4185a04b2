package signpost.bot.core;

import java.util.List;
import signpost.rules.decision.Decision;
import signpost.rules.decision.Intent;

/** Makes the decision to refuse a question outside the rule base: for a body nothing is known of, or rules that failed. */
final class Refused {

  private Refused() {}

  /** Returns a refusal for the reason given, with no verdict, duty, contact or rule. */
  static Decision because(String why) {
    return new Decision(Intent.UNKNOWN, why, null, List.of(), List.of(), List.of(), List.of(), false, List.of(), List.of(),
        false, false, false, List.of(), null);
  }
}
