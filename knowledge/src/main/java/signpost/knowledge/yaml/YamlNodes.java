package signpost.knowledge.yaml;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import signpost.knowledge.KnowledgeException;
import signpost.knowledge.KnowledgeFiles;

/**
 * Reads one YAML file as SnakeYAML nodes and reports a bad node as {@code "file:line: what"}.
 * Scalars stay text, so {@code 2022-03} is never turned into a date. The file is read as a knowledge file
 * (see {@link KnowledgeFiles}): never through a link, and at most {@link #MAX_BYTES}.
 */
public final class YamlNodes {

  /** A manifest or organisation file is a few kilobytes; a larger one is not read. */
  static final long MAX_BYTES = 1024 * 1024;

  private final String file;
  private final List<String> warnings = new ArrayList<>();

  public YamlNodes(String file) {
    this.file = file;
  }

  /** Parses the file and returns its root, which must be a mapping; an empty file is an error. */
  public YamlMap readRoot(Path path) {
    return read(path).orElseThrow(() -> new KnowledgeException(file + ":1: the file is empty"));
  }

  /** Parses the file and returns its root mapping, or empty when the file holds no YAML at all. */
  public Optional<YamlMap> read(Path path) {
    Node root;
    try (Reader reader = new StringReader(new String(KnowledgeFiles.read(path, MAX_BYTES), StandardCharsets.UTF_8))) {
      root = new Yaml().compose(reader);
    } catch (MarkedYAMLException e) {
      throw new KnowledgeException(syntaxError(e), e);
    } catch (YAMLException e) {
      throw new KnowledgeException(file + ": not valid YAML: " + e.getMessage(), e);
    } catch (IOException | KnowledgeException e) {
      throw new KnowledgeException(file + ": cannot be read: " + e.getMessage(), e);
    }
    return root == null ? Optional.empty() : Optional.of(map(root, ""));
  }

  private String syntaxError(MarkedYAMLException e) {
    Mark problem = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
    String where = problem == null ? file : file + ":" + (problem.getLine() + 1);
    StringBuilder message = new StringBuilder(where).append(": not valid YAML: ").append(e.getProblem());
    if (e.getContext() != null && e.getContextMark() != null) {
      message.append(" (").append(e.getContext()).append(" at line ")
          .append(e.getContextMark().getLine() + 1).append(')');
    }
    return message.toString();
  }

  /** Returns the node as a mapping, or throws naming the path. */
  public YamlMap map(Node node, String path) {
    if (!(node instanceof MappingNode mapping)) throw error(node, describe(path) + " must be a map");
    return new YamlMap(this, path, mapping);
  }

  /** Returns the items of the node, or throws naming the path. */
  public List<Node> list(Node node, String path) {
    if (!(node instanceof SequenceNode sequence)) throw error(node, describe(path) + " must be a list");
    return sequence.getValue();
  }

  /** Returns the text of the node, or throws naming the path; an empty or null scalar is an error. */
  public String text(Node node, String path) {
    if (!(node instanceof ScalarNode scalar)) throw error(node, describe(path) + " must be text");
    if (isNull(node) || scalar.getValue().isBlank()) throw error(node, describe(path) + " must not be empty");
    return scalar.getValue().strip();
  }

  /** Returns true for {@code ~}, {@code null} or nothing after the colon. */
  public static boolean isNull(Node node) {
    return node instanceof ScalarNode && Tag.NULL.equals(node.getTag());
  }

  public KnowledgeException error(Node node, String message) {
    return new KnowledgeException(where(node) + ": " + message);
  }

  public void warn(Node node, String message) {
    warnings.add(where(node) + ": " + message);
  }

  public List<String> warnings() {
    return List.copyOf(warnings);
  }

  private String where(Node node) {
    return file + ":" + (node.getStartMark().getLine() + 1);
  }

  private static String describe(String path) {
    return path.isEmpty() ? "the file" : path;
  }
}
