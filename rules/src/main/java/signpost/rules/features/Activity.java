package signpost.rules.features;

/** The kind of work or decision a question describes. */
public enum Activity {
  NEW_POLICY, REVIEW, REDUCE_OR_STOP, RELOCATION, BUDGET_SAVING, CHARGING, PROCUREMENT, RESTRUCTURE, RECRUITMENT,
  EVENT_OR_COMMUNICATION, TECHNICAL_REPORT, COSMETIC_CHANGE, DECISION_TAKEN,
  /** Moving a service to one channel: online, phone, card or appointment only. */
  CHANNEL_SHIFT,
  /** Changing how staff are employed: hours, shifts, pay, leave, absence, dress. */
  EMPLOYMENT_TERMS,
  /** A charge raised only in line with inflation, as councils do each year: a screening, not a new charge. */
  INFLATION_UPRATING,
  /** Any other change put forward, whose effect on people the message does not make clear. */
  OTHER_CHANGE
}
