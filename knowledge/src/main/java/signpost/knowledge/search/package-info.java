/**
 * Searching passages: a question (and the asker's organisation) in, ranked passages and how much of the
 * question each one covers out; highlighted snippets of the passages an answer quotes, on request.
 */
package signpost.knowledge.search;
