package signpost.knowledge.ingest;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import signpost.knowledge.KnowledgeException;

/**
 * The {@code manifest.yaml} of a knowledge folder: the organisations it covers and what each
 * document is. A file the manifest does not list is still indexed, with no organisation.
 *
 * @param organisationNames organisation id to full name, in file order
 * @param documents the entries, in file order
 * @param warnings what was ignored, each as {@code "manifest.yaml:line: what"}
 */
public record Manifest(Map<String, String> organisationNames, List<ManifestEntry> documents, List<String> warnings) {

  private static final Set<String> ROOT_KEYS = Set.of("organisations", "documents");
  private static final Set<String> ORGANISATION_KEYS = Set.of("name");
  private static final Set<String> ENTRY_KEYS =
      Set.of("file", "organisation", "title", "kind", "published", "review-by");

  public Manifest {
    organisationNames = Collections.unmodifiableMap(new LinkedHashMap<>(organisationNames));
    documents = List.copyOf(documents);
    warnings = List.copyOf(warnings);
  }

  /** Returns a manifest that lists nothing, for a folder without one. */
  public static Manifest empty() {
    return new Manifest(Map.of(), List.of(), List.of());
  }

  /** Returns the entry for the file name, e.g. {@code derbyshire-edi-strategy-2022-2025.pdf}, or empty. */
  public Optional<ManifestEntry> entry(String fileName) {
    return documents.stream().filter(entry -> entry.file().equals(fileName)).findFirst();
  }

  /**
   * Returns the manifest in the file. An empty file is an empty manifest; an unknown key, or a
   * document naming an organisation the manifest does not list, is a warning.
   *
   * @throws KnowledgeException when the file cannot be read, is not valid YAML, has a value of the
   *     wrong type, or has a document without {@code file} or listed twice; the message starts
   *     {@code "manifest.yaml:<line>: "}
   */
  public static Manifest load(Path file) {
    Nodes yaml = new Nodes(file.getFileName().toString());
    Node root = yaml.parse(file);
    if (root == null) return empty();
    Map<String, NodeTuple> top = yaml.map(root, "", ROOT_KEYS);
    Map<String, String> names = new LinkedHashMap<>();
    Node organisations = value(top, "organisations");
    if (organisations != null) {
      yaml.map(organisations, "organisations", null).forEach((id, tuple) -> {
        Map<String, NodeTuple> fields = yaml.map(tuple.getValueNode(), "organisations." + id, ORGANISATION_KEYS);
        names.put(id, yaml.required(fields, tuple.getValueNode(), "organisations." + id, "name"));
      });
    }
    List<ManifestEntry> entries = new ArrayList<>();
    Node documents = value(top, "documents");
    List<Node> items = documents == null ? List.of() : yaml.list(documents, "documents");
    for (int i = 0; i < items.size(); i++) {
      ManifestEntry entry = yaml.entry(items.get(i), "documents[" + i + "]", names.keySet());
      if (entries.stream().anyMatch(e -> e.file().equals(entry.file()))) {
        throw yaml.error(items.get(i), "documents[" + i + "].file repeats " + entry.file());
      }
      entries.add(entry);
    }
    return new Manifest(names, entries, yaml.warnings);
  }

  private static Node value(Map<String, NodeTuple> map, String key) {
    NodeTuple tuple = map.get(key);
    return tuple == null || Tag.NULL.equals(tuple.getValueNode().getTag()) ? null : tuple.getValueNode();
  }

  /** Reads nodes of one manifest file; errors and warnings start {@code "file:line: "}. */
  private static final class Nodes {
    private final String file;
    private final List<String> warnings = new ArrayList<>();

    Nodes(String file) {
      this.file = file;
    }

    Node parse(Path path) {
      try (Reader reader = Files.newBufferedReader(path)) {
        return new Yaml().compose(reader);
      } catch (MarkedYAMLException e) {
        int line = (e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark()).getLine() + 1;
        String context = e.getContext() == null || e.getContextMark() == null ? ""
            : " (" + e.getContext() + " at line " + (e.getContextMark().getLine() + 1) + ")";
        throw new KnowledgeException(file + ":" + line + ": not valid YAML: " + e.getProblem() + context, e);
      } catch (YAMLException | IOException e) {
        throw new KnowledgeException(file + ": cannot be read: " + e.getMessage(), e);
      }
    }

    ManifestEntry entry(Node node, String path, Set<String> organisations) {
      Map<String, NodeTuple> fields = map(node, path, ENTRY_KEYS);
      String organisation = optional(fields, path, "organisation");
      if (organisation != null && !organisations.contains(organisation)) {
        warn(value(fields, "organisation"), path + ".organisation names no organisation in organisations: "
            + organisation);
      }
      return new ManifestEntry(required(fields, node, path, "file"), organisation, optional(fields, path, "title"),
          optional(fields, path, "kind"), optional(fields, path, "published"), optional(fields, path, "review-by"));
    }

    /** Returns the mapping's entries by key; warns about keys not in {@code known}, unless it is null. */
    Map<String, NodeTuple> map(Node node, String path, Set<String> known) {
      if (!(node instanceof MappingNode mapping)) throw error(node, (path.isEmpty() ? "the file" : path) + " must be a map");
      Map<String, NodeTuple> entries = new LinkedHashMap<>();
      for (NodeTuple tuple : mapping.getValue()) {
        String key = text(tuple.getKeyNode(), path.isEmpty() ? "a top-level key" : "a key of " + path);
        String full = path.isEmpty() ? key : path + "." + key;
        if (entries.putIfAbsent(key, tuple) != null) throw error(tuple.getKeyNode(), "duplicate key " + full);
        if (known != null && !known.contains(key)) warn(tuple.getKeyNode(), "unknown key " + full + " ignored");
      }
      return entries;
    }

    List<Node> list(Node node, String path) {
      if (!(node instanceof SequenceNode sequence)) throw error(node, path + " must be a list");
      return sequence.getValue();
    }

    String required(Map<String, NodeTuple> fields, Node at, String path, String key) {
      String text = optional(fields, path, key);
      if (text == null) throw error(at, path + "." + key + " is required");
      return text;
    }

    String optional(Map<String, NodeTuple> fields, String path, String key) {
      Node value = value(fields, key);
      return value == null ? null : text(value, path + "." + key);
    }

    private String text(Node node, String path) {
      if (!(node instanceof ScalarNode scalar) || scalar.getValue().isBlank()) throw error(node, path + " must be text");
      return scalar.getValue().strip();
    }

    KnowledgeException error(Node node, String message) {
      return new KnowledgeException(file + ":" + (node.getStartMark().getLine() + 1) + ": " + message);
    }

    void warn(Node node, String message) {
      warnings.add(file + ":" + (node.getStartMark().getLine() + 1) + ": " + message);
    }
  }
}
