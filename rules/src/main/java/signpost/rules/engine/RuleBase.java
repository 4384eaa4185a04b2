package signpost.rules.engine;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import signpost.rules.RulesException;
import signpost.rules.decision.Decision;

/**
 * A compiled rule base: decides duties, EqIA verdicts, routing, objectives, support and scope for one
 * question at a time, each in its own (pooled, reset) session. Thread-safe and immutable once built, but
 * for remembering its first failure.
 *
 * <p>Rules from a folder are code someone edited (see {@link LiveRuleBase}): a base made {@link #guarded}
 * decides within a time limit on a thread of its own, and when it throws or overruns it answers with the
 * last good base it was given, so a broken rule costs one slow answer, never a failed one.
 */
public final class RuleBase {

  private static final Logger LOG = LoggerFactory.getLogger(RuleBase.class);
  /** A guard against rules that keep re-inserting facts; a question needs a few dozen firings. */
  private static final int MAX_FIRINGS = 10_000;

  /** Reset sessions are reused: a fresh session per question allocates far more than the rules do. */
  private final KieSessionsPool sessions;
  private final List<String> ruleNames;
  private final long buildNanos;
  private final Duration limit;
  private final RuleBase fallback;
  private final AtomicReference<String> failure = new AtomicReference<>();

  /** Makes the rule base of a knowledge base; package-private so tests can compare bases made in different ways. */
  RuleBase(KieBase kieBase, long buildNanos) {
    this.sessions = kieBase.newKieSessionsPool(Runtime.getRuntime().availableProcessors());
    this.buildNanos = buildNanos;
    List<String> names = new ArrayList<>();
    for (KiePackage pkg : kieBase.getKiePackages()) for (Rule rule : pkg.getRules()) names.add(rule.getName());
    this.ruleNames = names.stream().sorted().toList();
    this.limit = null;
    this.fallback = null;
  }

  private RuleBase(RuleBase rules, Duration limit, RuleBase fallback) {
    this.sessions = rules.sessions;
    this.ruleNames = rules.ruleNames;
    this.buildNanos = rules.buildNanos;
    this.limit = limit;
    this.fallback = fallback;
  }

  /**
   * Returns this rule base deciding within {@code limit} per question, answering with {@code fallback} (itself
   * unguarded by another fallback) when one of its decisions throws or overruns; a null fallback makes such a
   * decision throw {@link RulesException}.
   */
  public RuleBase guarded(Duration limit, RuleBase fallback) {
    Objects.requireNonNull(limit, "limit");
    return new RuleBase(this, limit, fallback == null ? null : new RuleBase(fallback, fallback.limitOr(limit), null));
  }

  private Duration limitOr(Duration other) {
    return limit == null ? other : limit;
  }

  /** Returns the rule base this one answers with when it fails, or null. */
  public RuleBase fallback() {
    return fallback;
  }

  /** Returns how a decision of this rule base first failed, or null while none has. */
  public String failure() {
    return failure.get();
  }

  /**
   * Returns the rule base of the built-in files, read from the packages the build compiled into the jar (compiled now
   * when those cannot be read).
   */
  public static RuleBase builtIn() {
    return compile(RuleFiles.builtIn());
  }

  /**
   * Returns the rule base of the files: read from the jar when they are exactly the built-in files (see
   * {@link ShippedRules}), else from {@code cacheFolder} when an earlier start compiled the very same files with the
   * same build, else compiled and kept there (a null folder: compiled, nothing kept).
   *
   * @throws RulesException listing every error as {@code file:line: message}
   */
  public static RuleBase compile(List<RuleFile> files, Path cacheFolder) {
    return compile(files, cacheFolder, ShippedRules.inJar());
  }

  /**
   * Returns the rule base of the files as {@link #compile(List, Path)} does, with no cache folder.
   *
   * @throws RulesException listing every error as {@code file:line: message}
   */
  public static RuleBase compile(List<RuleFile> files) {
    return compile(files, null);
  }

  /** Returns the rule base of the files, taking the built-in packages from {@code shipped}. */
  static RuleBase compile(List<RuleFile> files, Path cacheFolder, ShippedRules shipped) {
    long start = System.nanoTime();
    KieBase kieBase = shipped.read(files).orElseGet(() -> cacheFolder == null
        ? RuleCompiler.compile(files) : CompiledRulesCache.compile(files, cacheFolder));
    return new RuleBase(kieBase, System.nanoTime() - start);
  }

  /**
   * Returns what the rules decide about the situation.
   *
   * @throws RulesException when a guarded rule base without a fallback throws or overruns its limit
   */
  public Decision decide(Situation situation) {
    Objects.requireNonNull(situation, "situation");
    if (limit == null) return evaluate(situation);
    if (failure.get() != null && fallback != null) return fallback.decide(situation);
    try {
      return RuleGuard.within(limit, () -> evaluate(situation));
    } catch (RulesException e) {
      failure.compareAndSet(null, e.getMessage());
      if (fallback == null) throw e;
      LOG.error("The rules failed on a question; the last good rules answer instead: {}", e.getMessage());
      return fallback.decide(situation);
    }
  }

  private Decision evaluate(Situation situation) {
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

  /** Returns how long compiling the rules, or reading them compiled, took, in milliseconds. */
  public double buildMillis() {
    return buildNanos / 1e6;
  }
}
