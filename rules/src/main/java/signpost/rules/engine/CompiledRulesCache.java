package signpost.rules.engine;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
 * cold JVM); it serves rules a folder changed, as the built-in ones ship compiled ({@link ShippedRules}).
 * Anything unreadable is compiled afresh. Entries are Java-serialised, and deserialising a crafted
 * one could run code, so each is signed with a {@link CacheKey} kept outside the folder and read only when its
 * tag verifies; without a trustworthy key nothing is read from the cache.
 */
final class CompiledRulesCache {

  private static final Logger LOG = LoggerFactory.getLogger(CompiledRulesCache.class);

  private CompiledRulesCache() {}

  /** Returns the knowledge base of the files, from the cache when it holds them, else compiled and kept. */
  static KieBase compile(List<RuleFile> files, Path folder) {
    Optional<CacheKey> key = cacheKey(folder);
    if (key.isEmpty()) return RuleCompiler.compilePackages(files).base();
    String name = "rules-" + key(files, folder) + ".bin";
    Path entry = folder.resolve(name);
    if (Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
      try {
        Optional<byte[]> payload = key.get().open(name, Files.readAllBytes(entry));
        if (payload.isPresent()) return read(payload.get());
        LOG.warn("Ignored compiled rules {}: not signed by this machine's key", entry);
      } catch (IOException | ClassNotFoundException | RuntimeException e) {
        LOG.warn("Ignored unreadable compiled rules {}: {}", entry, e.getMessage());
      }
    }
    RuleCompiler.Compiled compiled = RuleCompiler.compilePackages(files);
    write(entry, key.get(), compiled.packages());
    return compiled.base();
  }

  private static Optional<CacheKey> cacheKey(Path folder) {
    Optional<Path> file = CacheKey.fileFor(folder);
    try {
      Optional<CacheKey> key = file.isEmpty() ? Optional.empty() : CacheKey.load(file.get());
      if (key.isEmpty()) LOG.warn("Compiled rules are not cached: no key file only its owner can read beside {}", folder);
      return key;
    } catch (IOException e) {
      LOG.warn("Compiled rules are not cached: cannot read or make the key {}: {}", file.orElse(null), e.getMessage());
      return Optional.empty();
    }
  }

  @SuppressWarnings("unchecked")
  private static KieBase read(byte[] payload) throws IOException, ClassNotFoundException {
    List<KiePackage> packages;
    try (ObjectInputStream in = new DroolsObjectInputStream(new ByteArrayInputStream(payload),
        CompiledRulesCache.class.getClassLoader())) {
      packages = (List<KiePackage>) in.readObject();
    }
    InternalKnowledgeBase base = KnowledgeBaseFactory.newKnowledgeBase();
    base.addPackages(packages);
    return base;
  }

  private static void write(Path entry, CacheKey key, List<KiePackage> packages) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (ObjectOutputStream out = new DroolsObjectOutputStream(bytes)) {
        out.writeObject(new ArrayList<>(packages));
      }
      CacheFiles.write(entry, key.seal(entry.getFileName().toString(), bytes.toByteArray()));
    } catch (IOException | RuntimeException e) {
      LOG.warn("Could not keep compiled rules in {}: {}", entry.getParent(), e.getMessage());
    }
  }

  private static String key(List<RuleFile> files, Path folder) {
    StringBuilder identity = new StringBuilder(CodeStamp.of(CompiledRulesCache.class, CodeStamp.ABOVE_RULES, folder));
    for (RuleFile file : files) identity.append('\u0000').append(file.name()).append('\u0000').append(file.text());
    return CacheFiles.key(identity.toString());
  }

}
