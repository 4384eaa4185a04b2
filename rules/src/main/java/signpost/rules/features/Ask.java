package signpost.rules.features;

/** The form of answer a question asks for, beyond its topic. */
public enum Ask {
  /** "Do I need ...?", "Is ... required?": the asker wants a yes or no with reasons. */
  WHETHER_NEEDED,
  /**
   * "Can you help me with an EqIA for ...", "doing an IIA on ...": the asker is doing one and wants help with it, as a
   * screening gives, unless the message ends asking for a fact ("doing an IIA on a youth fares thing - is there an age
   * cut off for who counts as a care leaver?"), which is what is asked.
   */
  HELP_WITH,
  /** "Who owns ...?", "Who is responsible for ...?": the asker wants a person or body. */
  WHO,
  /** "When did ...?", "What date ...?": the asker wants a date. */
  WHEN,
  /** "I was ...", "my manager ...": the asker tells of something that happened to them or someone they know. */
  TELLS_OF_EXPERIENCE,
  /**
   * "I've just been diagnosed with ADHD", "I'm dyslexic", "my condition": the asker tells of a condition or disability of
   * their own, so what they can have at work is asked, however they put it ("is there anything that can help?").
   */
  OWN_NEED,
  /** "We're going to ...", "the plan is to ...": the message puts forward something the asker's organisation will do. */
  PROPOSES,
  /** "Anything on the equality side?", "equalities?": the asker wants to know what equality work a change needs. */
  EQUALITY_CHECK,
  /** The message states something and opens with no question word ("shutting the Tuesday drop-in"). */
  STATES
}
