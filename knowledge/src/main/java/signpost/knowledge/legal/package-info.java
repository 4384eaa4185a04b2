/**
 * The national legal framework and glossary Signpost ships: written by the Signpost team in plain
 * English, kept as Markdown resources, and searched and cited like any document.
 */
package signpost.knowledge.legal;
