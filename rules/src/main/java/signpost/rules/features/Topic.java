package signpost.rules.features;

/** What a question is about. */
public enum Topic { DUTY, EQIA, DEFINITION, OBJECTIVE, CONTACT, NETWORK, STATISTIC, SUPPORT, ACTION_PLAN, TIMETABLE, TRAINING,
  CHIT_CHAT,
  /** Who leads, is accountable for or champions equality, diversity and inclusion. */
  LEADERSHIP }
