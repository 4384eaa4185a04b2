package signpost.rules.features;

/** The asker's role, when the question states it. */
public enum Role { MANAGER, EDI_CONTACT, COUNCILLOR, EMPLOYEE }
