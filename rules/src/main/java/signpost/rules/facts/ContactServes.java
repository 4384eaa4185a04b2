package signpost.rules.facts;

import signpost.knowledge.org.Service;

/**
 * Says one of the organisation's contacts serves a need.
 *
 * @param contactId the contact's id in the organisation file
 * @param service what people are sent to it for
 * @param order its place in the organisation file, so earlier contacts come first
 */
public record ContactServes(String contactId, Service service, int order) {}
