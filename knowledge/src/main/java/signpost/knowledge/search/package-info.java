/**
 * Searching passages: a question (and the asker's organisation) in, ranked passages with highlighted
 * snippets and how much of the question each one covers out.
 */
package signpost.knowledge.search;
