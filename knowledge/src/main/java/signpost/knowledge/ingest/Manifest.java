package signpost.knowledge.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import signpost.knowledge.KnowledgeException;
import signpost.knowledge.yaml.YamlMap;
import signpost.knowledge.yaml.YamlNodes;

/**
 * The {@code manifest.yaml} of a knowledge folder: the organisations it covers and what each
 * document is. A file the manifest does not list is still indexed, with no organisation.
 *
 * @param organisationNames organisation id to full name, in file order
 * @param documents the entries, in file order
 * @param warnings what was ignored, each as {@code "manifest.yaml:line: what"}
 */
public record Manifest(Map<String, String> organisationNames, List<ManifestEntry> documents, List<String> warnings) {

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
    YamlNodes yaml = new YamlNodes(file.getFileName().toString());
    Optional<YamlMap> root = yaml.read(file);
    if (root.isEmpty()) return empty();
    Map<String, String> names = organisations(root.get());
    List<ManifestEntry> entries = new ArrayList<>();
    for (YamlMap item : root.get().maps("documents")) {
      ManifestEntry entry = entry(item, names.keySet());
      if (entries.stream().anyMatch(e -> e.file().equals(entry.file()))) {
        throw yaml.error(item.node(), item.path("file") + " repeats " + entry.file());
      }
      entries.add(entry);
    }
    root.get().warnUnknownKeys();
    return new Manifest(names, entries, yaml.warnings());
  }

  private static Map<String, String> organisations(YamlMap root) {
    Map<String, String> names = new LinkedHashMap<>();
    Optional<YamlMap> organisations = root.map("organisations");
    if (organisations.isEmpty()) return names;
    for (String id : organisations.get().keys()) {
      YamlMap organisation = organisations.get().map(id)
          .orElseThrow(() -> organisations.get().error(id, organisations.get().path(id) + ".name is required"));
      names.put(id, organisation.text("name"));
      organisation.warnUnknownKeys();
    }
    return names;
  }

  private static ManifestEntry entry(YamlMap item, Set<String> organisations) {
    ManifestEntry entry = new ManifestEntry(item.text("file"), item.optionalText("organisation"),
        item.optionalText("title"), item.optionalText("kind"), item.optionalText("published"),
        item.optionalText("review-by"));
    item.warnUnknownKeys();
    if (entry.organisation() != null && !organisations.contains(entry.organisation())) {
      item.nodes().warn(item.value("organisation").orElseThrow(),
          item.path("organisation") + " names no organisation in organisations: " + entry.organisation());
    }
    return entry;
  }
}
