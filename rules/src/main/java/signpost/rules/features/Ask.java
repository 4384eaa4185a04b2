package signpost.rules.features;

/** The form of answer a question asks for, beyond its topic. */
public enum Ask {
  /** "Do I need ...?", "Is ... required?": the asker wants a yes or no with reasons. */
  WHETHER_NEEDED,
  /** "Who owns ...?", "Who is responsible for ...?": the asker wants a person or body. */
  WHO,
  /** "When did ...?", "What date ...?": the asker wants a date. */
  WHEN,
  /** "I was ...", "my manager ...": the asker tells of something that happened to them or someone they know. */
  TELLS_OF_EXPERIENCE
}
