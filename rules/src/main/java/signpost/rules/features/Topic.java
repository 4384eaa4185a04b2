package signpost.rules.features;

/** What a question is about. */
public enum Topic { DUTY, EQIA, DEFINITION, OBJECTIVE, CONTACT, NETWORK, STATISTIC, SUPPORT, ACTION_PLAN, TIMETABLE, TRAINING,
  CHIT_CHAT,
  /** Who leads, is accountable for or champions equality, diversity and inclusion. */
  LEADERSHIP,
  /** A person's own pay day, leave, pension, expenses, passwords, rooms or parking: HR, payroll or IT, not EDI. */
  STAFF_ADMIN,
  /** Wrongdoing someone wants to raise safely (fraud, a cover-up), in confidence: who to tell, never a change put forward. */
  CONCERN }
