package signpost.rules.engine;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;
import signpost.rules.RulesException;

/**
 * Compiles rule files into a Drools knowledge base. Errors are reported with the file and line the
 * person editing wrote, including lines of the trigger table rather than of the DRL made from it.
 * Builds with a plain knowledge builder rather than a KieModule: no Maven model, a third faster.
 */
final class RuleCompiler {

  private static final String TABLE_SUFFIX = ".drl";

  private RuleCompiler() {}

  /**
   * Returns the knowledge base of the files.
   *
   * @throws RulesException listing every error as {@code file:line: message}
   */
  static KieBase compile(List<RuleFile> files) {
    return compilePackages(files).base();
  }

  /** A compiled knowledge base and the packages it was made of (which can be kept and read back). */
  record Compiled(KieBase base, List<KiePackage> packages) {}

  /**
   * Returns the knowledge base of the files with its packages.
   *
   * @throws RulesException listing every error as {@code file:line: message}
   */
  static Compiled compilePackages(List<RuleFile> files) {
    KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
    Map<String, TriggerTable.Compiled> tables = new HashMap<>();
    for (RuleFile file : files) {
      String name = file.name();
      String drl = file.text();
      if (file.table()) {
        TriggerTable.Compiled compiled = QuestionTable.handles(file) ? QuestionTable.compile(file) : TriggerTable.compile(file);
        tables.put(name, compiled);
        name = name + TABLE_SUFFIX;
        drl = compiled.drl();
      }
      Resource resource = ResourceFactory.newByteArrayResource(drl.getBytes(StandardCharsets.UTF_8)).setSourcePath(name);
      builder.add(resource, ResourceType.DRL);
    }
    if (builder.hasErrors()) {
      List<String> errors = new ArrayList<>();
      for (KnowledgeBuilderError error : builder.getErrors()) errors.add(locate(error, tables) + ": " + firstLine(error.getMessage()));
      throw new RulesException(String.join("\n", errors.stream().distinct().toList()));
    }
    List<KiePackage> packages = new ArrayList<>(builder.getKnowledgePackages());
    InternalKnowledgeBase base = KnowledgeBaseFactory.newKnowledgeBase();
    base.addPackages(packages);
    return new Compiled(base, packages);
  }

  private static String locate(KnowledgeBuilderError error, Map<String, TriggerTable.Compiled> tables) {
    String name = error.getResource() == null || error.getResource().getSourcePath() == null
        ? "rules" : error.getResource().getSourcePath();
    int line = error.getLines().length == 0 ? 0 : error.getLines()[0];
    if (name.endsWith(".csv" + TABLE_SUFFIX)) {
      name = name.substring(0, name.length() - TABLE_SUFFIX.length());
      TriggerTable.Compiled table = tables.get(name);
      line = table == null ? 0 : table.tableLine(line);
    }
    return line > 0 ? name + ":" + line : name;
  }

  private static String firstLine(String text) {
    String stripped = text == null ? "" : text.strip();
    int end = stripped.indexOf('\n');
    return end < 0 ? stripped : stripped.substring(0, end).strip();
  }
}
