/**
 * Recognises what a question is about and what it describes, and whether a message asks for a person rather than a
 * question, from phrase lists kept in resource files ({@code signpost/rules/phrases/*.txt}) that the EDI team can
 * extend without Java.
 */
package signpost.rules.features;
