package signpost.rules.features;

/** Who a described decision affects. */
public enum Affected { RESIDENTS, SERVICE_USERS, STAFF, NOBODY }
