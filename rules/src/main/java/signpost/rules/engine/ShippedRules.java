package signpost.rules.engine;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.net.URL;
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

/**
 * The built-in rules compiled when Signpost is built and shipped in the jar ({@value #RESOURCE}), so a start whose
 * rules are exactly the built-in files reads their packages instead of compiling them (two to three seconds of CPU in
 * a cold JVM). The resource opens with the key of the files it was compiled from, so one compiled from other files is
 * never used. Unlike the cache folder's entries it is not signed: it is part of the jar, which is code already.
 */
public final class ShippedRules {

  /** Where the build writes the packages, under the classes folder, and where a start reads them. */
  static final String RESOURCE = "/signpost/rules/compiled/built-in.bin";
  private static final Logger LOG = LoggerFactory.getLogger(ShippedRules.class);

  private final URL resource;

  private ShippedRules(URL resource) {
    this.resource = resource;
  }

  /** Returns the packages shipped in this jar (or classes folder); none when the build did not write them. */
  static ShippedRules inJar() {
    return new ShippedRules(ShippedRules.class.getResource(RESOURCE));
  }

  /** Returns the packages kept at {@code resource}, for a test to put other packages in the jar's place. */
  static ShippedRules at(URL resource) {
    return new ShippedRules(resource);
  }

  /**
   * Compiles the built-in rule files and writes their packages, after their key, to the file {@code args[0]}: the
   * build runs it at {@code process-classes}, so the jar carries them.
   *
   * @throws signpost.rules.RulesException when the built-in rules do not compile, with file and line
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) throw new IllegalArgumentException("expected the file to write, got " + List.of(args));
    write(RuleFiles.builtIn(), Path.of(args[0]));
  }

  /** Compiles {@code files} and writes their packages, after the files' key, to {@code file}. */
  static void write(List<RuleFile> files, Path file) throws IOException {
    List<KiePackage> packages = RuleCompiler.compilePackages(files).packages();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new DroolsObjectOutputStream(bytes)) {
      out.writeUTF(key(files));
      out.writeObject(new ArrayList<>(packages));
    }
    CacheFiles.write(file, bytes.toByteArray());
  }

  /**
   * Returns the knowledge base of {@code files} read from the shipped packages when the files are the built-in ones and
   * the packages were compiled from exactly their text; otherwise empty, with one warning when the files are the
   * built-in ones (the packages are missing, were compiled from other text, or cannot be read), so they are compiled.
   */
  Optional<KieBase> read(List<RuleFile> files) {
    if (!files.equals(RuleFiles.builtIn())) return Optional.empty();
    if (resource == null) {
      LOG.warn("The built-in rules are compiled at start: {} is not on the class path", RESOURCE);
      return Optional.empty();
    }
    try (InputStream in = new BufferedInputStream(resource.openStream());
         ObjectInputStream objects = new DroolsObjectInputStream(in, ShippedRules.class.getClassLoader())) {
      if (!objects.readUTF().equals(key(files))) {
        LOG.warn("The built-in rules are compiled at start: {} was compiled from other rule files", resource);
        return Optional.empty();
      }
      return Optional.of(base(objects.readObject()));
    } catch (IOException | ClassNotFoundException | RuntimeException e) {
      LOG.warn("The built-in rules are compiled at start: {} cannot be read: {}", resource, e.toString());
      return Optional.empty();
    }
  }

  @SuppressWarnings("unchecked")
  private static KieBase base(Object packages) {
    InternalKnowledgeBase base = KnowledgeBaseFactory.newKnowledgeBase();
    base.addPackages((List<KiePackage>) packages);
    return base;
  }

  /** Returns the key of the files' names and exact text, in their order. */
  static String key(List<RuleFile> files) {
    StringBuilder identity = new StringBuilder();
    for (RuleFile file : files) identity.append(file.name()).append('\u0000').append(file.text()).append('\u0000');
    return CacheFiles.key(identity.toString());
  }
}
