package signpost.rules.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import signpost.rules.RulesException;

/**
 * Finds the files of a rule base: the built-in ones shipped in the jar, and a folder the EDI team
 * edits, whose files replace built-in files of the same name and add new ones.
 */
public final class RuleFiles {

  /** The built-in files, in the order they are compiled. */
  static final List<String> BUILT_IN = List.of(
      "scope.drl", "eqia.drl", "eqia-triggers.csv", "duties.drl", "routing.drl", "objectives.drl", "support.drl",
      "screening.drl", "screening-questions.csv");
  private static final String FOLDER = "/signpost/rules/facts/";

  private RuleFiles() {}

  /** Returns the built-in rule files. */
  public static List<RuleFile> builtIn() {
    List<RuleFile> files = new ArrayList<>();
    for (String name : BUILT_IN) files.add(new RuleFile(name, resource(FOLDER + name)));
    return files;
  }

  /**
   * Returns the built-in rule files with those in {@code folder} put over them: a file of the same name
   * replaces the built-in one, any other {@code .drl} or {@code .csv} file is added.
   *
   * @throws RulesException when the folder or one of its rule files cannot be read, naming it
   */
  public static List<RuleFile> withFolder(Path folder) {
    Map<String, RuleFile> files = new LinkedHashMap<>();
    for (RuleFile file : builtIn()) files.put(file.name(), file);
    if (!Files.isDirectory(folder)) throw new RulesException("rules folder not found: " + folder);
    try (Stream<Path> listing = Files.list(folder)) {
      for (Path path : listing.sorted().toList()) {
        String name = path.getFileName().toString();
        if (!RuleFile.isRuleFile(name) || !Files.isRegularFile(path)) continue;
        files.put(name, new RuleFile(name, read(path)));
      }
    } catch (IOException e) {
      throw new RulesException("cannot list rules folder " + folder + ": " + e.getMessage(), e);
    }
    return List.copyOf(files.values());
  }

  private static String read(Path path) {
    try {
      return Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new RulesException("cannot read " + path + ": " + e.getMessage(), e);
    }
  }

  private static String resource(String name) {
    try (InputStream in = RuleFiles.class.getResourceAsStream(name)) {
      if (in == null) throw new RulesException("missing built-in rule file " + name);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }
}
