/**
 * The Lucene index of passages: the English analysis chain with EDI synonyms, acronyms learned from
 * the documents themselves, and building or opening an index in memory or on disk.
 */
package signpost.knowledge.index;
