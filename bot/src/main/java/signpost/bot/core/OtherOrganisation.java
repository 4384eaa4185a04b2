package signpost.bot.core;

import signpost.rules.decision.Decision;

/**
 * The decision for a question about an organisation Signpost has no documents or facts of ("Norfolk
 * County Council's objectives"): a refusal, whatever the asker's own organisation, since anything quoted
 * would be another council's words passed off as that one's.
 */
final class OtherOrganisation {

  private OtherOrganisation() {}

  /** Returns the refusal of a question about {@code name}, as the question names it. */
  static Decision refusal(String name) {
    return Refused.because("no document or organisation file covers " + name);
  }
}
