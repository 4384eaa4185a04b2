package signpost.rules.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import signpost.rules.RulesException;

/**
 * Compiles rule files into a Drools knowledge base. Errors are reported with the file and line the
 * person editing wrote, including lines of the trigger table rather than of the DRL made from it.
 */
final class RuleCompiler {

  private static final String FOLDER = "src/main/resources/signpost/rules/facts/";
  private static final AtomicLong BUILDS = new AtomicLong();

  private RuleCompiler() {}

  /**
   * Returns the knowledge base of the files.
   *
   * @throws RulesException listing every error as {@code file:line: message}
   */
  static KieBase compile(List<RuleFile> files) {
    KieServices services = KieServices.Factory.get();
    KieFileSystem fileSystem = services.newKieFileSystem();
    ReleaseId release = services.newReleaseId("signpost", "rules", "1." + BUILDS.incrementAndGet());
    fileSystem.generateAndWritePomXML(release);
    Map<String, TriggerTable.Compiled> tables = new HashMap<>();
    for (RuleFile file : files) {
      if (file.table()) {
        TriggerTable.Compiled compiled = TriggerTable.compile(file);
        tables.put(file.name(), compiled);
        fileSystem.write(FOLDER + file.name() + ".drl", compiled.drl());
      } else {
        fileSystem.write(FOLDER + file.name(), file.text());
      }
    }
    KieBuilder builder = services.newKieBuilder(fileSystem).buildAll();
    List<String> errors = new ArrayList<>();
    for (Message message : builder.getResults().getMessages(Message.Level.ERROR)) {
      errors.add(locate(message, tables) + ": " + firstLine(message.getText()));
    }
    if (!errors.isEmpty()) throw new RulesException(String.join("\n", errors));
    try {
      return services.newKieContainer(release).getKieBase();
    } finally {
      services.getRepository().removeKieModule(release);
    }
  }

  private static String locate(Message message, Map<String, TriggerTable.Compiled> tables) {
    String path = message.getPath() == null ? "rules" : message.getPath();
    String name = path.substring(path.lastIndexOf('/') + 1);
    int line = message.getLine();
    if (name.endsWith(".csv.drl")) {
      name = name.substring(0, name.length() - ".drl".length());
      TriggerTable.Compiled table = tables.get(name);
      if (table != null) line = table.tableLine(line);
    }
    return line > 0 ? name + ":" + line : name;
  }

  private static String firstLine(String text) {
    String stripped = text == null ? "" : text.strip();
    int end = stripped.indexOf('\n');
    return end < 0 ? stripped : stripped.substring(0, end).strip();
  }
}
