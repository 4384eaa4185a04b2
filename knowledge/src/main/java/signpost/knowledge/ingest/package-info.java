/**
 * Reads council documents (PDF, DOCX, HTML, Markdown, plain text) into {@link
 * signpost.knowledge.ingest.Block blocks} and groups the blocks into citable passages that carry
 * their section heading path and page.
 */
package signpost.knowledge.ingest;
