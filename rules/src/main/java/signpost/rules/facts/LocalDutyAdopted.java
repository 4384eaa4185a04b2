package signpost.rules.facts;

/**
 * Says the organisation has taken on a duty beyond the law, e.g. {@code socio-economic-duty}.
 *
 * @param dutyId the duty's id in the organisation file
 * @param appliesTo what it applies to as written, or null
 */
public record LocalDutyAdopted(String dutyId, String appliesTo) {}
