package signpost.rules.facts;

import signpost.rules.decision.PlanPart;

/**
 * Says a contact has a part in the organisation's action or delivery plan.
 *
 * @param contactId the contact's id in the organisation file
 * @param kind what part it has
 * @param themeId the priority it delivers, for {@link PlanPart#PRIORITY_OWNER}; null otherwise
 */
public record PlanRole(String contactId, PlanPart kind, String themeId) {}
