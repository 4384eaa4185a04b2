package signpost.bot.core;

/**
 * Someone to go to, as the organisation's file or documents name them.
 *
 * @param name the contact's name, e.g. "EqIA Super Users"
 * @param role what they do, or null
 * @param how how to reach them or what they help with, or null
 * @param source the document the fact comes from, or null
 */
public record ContactCard(String name, String role, String how, String source) {}
