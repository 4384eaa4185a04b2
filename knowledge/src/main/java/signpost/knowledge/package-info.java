/**
 * What Signpost knows: documents cut into citable passages, organisation facts, and the built-in
 * legal guide. Never depends on {@code signpost.rules} or {@code signpost.bot}.
 */
package signpost.knowledge;
