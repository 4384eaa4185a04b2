package signpost.rules.engine;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import signpost.knowledge.CacheFiles;
import signpost.knowledge.CodeStamp;

/**
 * Keeps compiled rule packages in a folder, keyed by the exact rule files and Signpost's build, so a
 * restart reads them back (well under a second) instead of compiling again (two to three seconds in a
 * cold JVM). Anything unreadable is compiled afresh; the folder is the user's own cache.
 */
final class CompiledRulesCache {

  private static final Logger LOG = LoggerFactory.getLogger(CompiledRulesCache.class);
  private static final String CODE_STAMP = CodeStamp.of(CompiledRulesCache.class);

  private CompiledRulesCache() {}

  /** Returns the knowledge base of the files, from the cache when it holds them, else compiled and kept. */
  static KieBase compile(List<RuleFile> files, Path folder) {
    Path entry = folder.resolve("rules-" + key(files) + ".bin");
    if (Files.isRegularFile(entry)) {
      try {
        return read(entry);
      } catch (IOException | ClassNotFoundException | RuntimeException e) {
        LOG.warn("Ignored unreadable compiled rules {}: {}", entry, e.getMessage());
      }
    }
    RuleCompiler.Compiled compiled = RuleCompiler.compilePackages(files);
    write(entry, compiled.packages());
    return compiled.base();
  }

  @SuppressWarnings("unchecked")
  private static KieBase read(Path entry) throws IOException, ClassNotFoundException {
    List<KiePackage> packages;
    try (ObjectInputStream in = new DroolsObjectInputStream(new ByteArrayInputStream(Files.readAllBytes(entry)),
        CompiledRulesCache.class.getClassLoader())) {
      packages = (List<KiePackage>) in.readObject();
    }
    InternalKnowledgeBase base = KnowledgeBaseFactory.newKnowledgeBase();
    base.addPackages(packages);
    return base;
  }

  private static void write(Path entry, List<KiePackage> packages) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (ObjectOutputStream out = new DroolsObjectOutputStream(bytes)) {
        out.writeObject(new ArrayList<>(packages));
      }
      CacheFiles.write(entry, bytes.toByteArray());
    } catch (IOException | RuntimeException e) {
      LOG.warn("Could not keep compiled rules in {}: {}", entry.getParent(), e.getMessage());
    }
  }

  private static String key(List<RuleFile> files) {
    StringBuilder identity = new StringBuilder(CODE_STAMP);
    for (RuleFile file : files) identity.append('\u0000').append(file.name()).append('\u0000').append(file.text());
    return CacheFiles.key(identity.toString());
  }

}
