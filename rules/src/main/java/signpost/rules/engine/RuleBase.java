package signpost.rules.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import signpost.rules.RulesException;
import signpost.rules.decision.Decision;

/**
 * A compiled rule base: decides duties, EqIA verdicts, routing, objectives, support and scope for one
 * question at a time, each in its own (pooled, reset) session. Thread-safe and immutable once built.
 */
public final class RuleBase {

  /** A guard against rules that keep re-inserting facts; a question needs a few dozen firings. */
  private static final int MAX_FIRINGS = 10_000;

  /** Reset sessions are reused: a fresh session per question allocates far more than the rules do. */
  private final KieSessionsPool sessions;
  private final List<String> ruleNames;
  private final long buildNanos;

  private RuleBase(KieBase kieBase, long buildNanos) {
    this.sessions = kieBase.newKieSessionsPool(Runtime.getRuntime().availableProcessors());
    this.buildNanos = buildNanos;
    List<String> names = new ArrayList<>();
    for (KiePackage pkg : kieBase.getKiePackages()) for (Rule rule : pkg.getRules()) names.add(rule.getName());
    this.ruleNames = names.stream().sorted().toList();
  }

  /** Returns the rule base shipped in the jar. */
  public static RuleBase builtIn() {
    return compile(RuleFiles.builtIn());
  }

  /**
   * Returns the rule base of the files, reading it from {@code cacheFolder} when an earlier start compiled
   * the very same files with the same build, and keeping it there otherwise.
   *
   * @throws RulesException listing every error as {@code file:line: message}
   */
  public static RuleBase compile(List<RuleFile> files, Path cacheFolder) {
    if (cacheFolder == null) return compile(files);
    long start = System.nanoTime();
    KieBase kieBase = CompiledRulesCache.compile(files, cacheFolder);
    return new RuleBase(kieBase, System.nanoTime() - start);
  }

  /**
   * Returns the rule base of the files.
   *
   * @throws RulesException listing every error as {@code file:line: message}
   */
  public static RuleBase compile(List<RuleFile> files) {
    long start = System.nanoTime();
    KieBase kieBase = RuleCompiler.compile(files);
    return new RuleBase(kieBase, System.nanoTime() - start);
  }

  /** Returns what the rules decide about the situation. */
  public Decision decide(Situation situation) {
    Objects.requireNonNull(situation, "situation");
    KieSession session = sessions.newKieSession();
    FiredRules fired = new FiredRules();
    session.addEventListener(fired.agenda);
    session.addEventListener(fired.runtime);
    try {
      for (Object fact : FactSheet.of(situation)) session.insert(fact);
      session.fireAllRules(MAX_FIRINGS);
      return DecisionReader.read(fired);
    } finally {
      session.removeEventListener(fired.agenda);
      session.removeEventListener(fired.runtime);
      session.dispose();
    }
  }

  /** Returns the names of every rule, sorted. */
  public List<String> ruleNames() {
    return ruleNames;
  }

  /** Returns how long compiling took, in milliseconds. */
  public double buildMillis() {
    return buildNanos / 1e6;
  }
}
