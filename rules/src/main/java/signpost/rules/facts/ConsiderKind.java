package signpost.rules.facts;

/** Why a group is to be considered in an Equality Impact Assessment. */
public enum ConsiderKind { PROTECTED, LOCAL_CHARACTERISTIC, PRIORITY_GROUP, SOCIO_ECONOMIC }
