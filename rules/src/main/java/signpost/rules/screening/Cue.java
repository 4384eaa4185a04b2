package signpost.rules.screening;

/** What a sentence of a screening conversation signals, from the phrase list {@code screening.txt}. */
public enum Cue {
  /** It speaks of data, complaints, surveys or research. */ EVIDENCE,
  /** It speaks of asking or meeting the people affected. */ ENGAGEMENT,
  /** It says what would reduce an impact. */ MITIGATION,
  /** It says who decides or when. */ DECISION,
  /** It says when the change will be reviewed. */ REVIEW,
  /** It drops the screening: "never mind", "cancel". */ CANCEL,
  /** It corrects what was said before: "actually", "scrap that". */ CORRECTION,
  /** It answers that there is nothing: "none", "not yet", "don't know". */ NOTHING,
  /** It says the impact on people would be harmful. */ HARM,
  /** It says the impact on people would be beneficial. */ BENEFIT,
  /** It says the change itself is off, whatever it was: "we're not doing it", "it's been shelved". */ CALLED_OFF,
  /** It takes back all that was said, not one part: "ignore that, I was sent the wrong paper". */ RETRACT
}
