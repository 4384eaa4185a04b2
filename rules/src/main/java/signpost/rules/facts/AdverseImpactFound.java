package signpost.rules.facts;

/**
 * States that the open screening's record says the change would disadvantage people because of protected
 * characteristics.
 *
 * @param characteristics the characteristics, as a person reads them: "age, disability"
 */
public record AdverseImpactFound(String characteristics) {}
