package signpost.rules.features;

/** The kind of work or decision a question describes. */
public enum Activity {
  NEW_POLICY, REVIEW, REDUCE_OR_STOP, BUDGET_SAVING, CHARGING, PROCUREMENT, RESTRUCTURE, RECRUITMENT,
  EVENT_OR_COMMUNICATION, TECHNICAL_REPORT, COSMETIC_CHANGE, DECISION_TAKEN
}
