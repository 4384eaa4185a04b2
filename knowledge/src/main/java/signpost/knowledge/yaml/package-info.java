/**
 * Reads YAML files as SnakeYAML nodes so every error and warning names the file, the line and the
 * path of the value ({@code contacts[2].serves}); shared by the manifest and organisation loaders.
 */
package signpost.knowledge.yaml;
