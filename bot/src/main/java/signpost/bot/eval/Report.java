package signpost.bot.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The figures of an evaluation: pass rate, source hit rate, fact recall, EqIA accuracy,
 * out-of-scope accuracy and first-source rate, with the ids that failed each, and the precision and
 * recall of refusals.
 */
public final class Report {

  /** A count of hits out of a total, with the ids that missed. */
  public record Tally(int hits, int total, List<String> missed) {
    @Override
    public String toString() {
      return hits + "/" + total;
    }
  }

  private final List<String> failures;
  private final Tally pass, sources, facts, eqia, outOfScope, firstSource;
  private final int refused, refusedRightly;

  private Report(Builder b) {
    failures = List.copyOf(b.failures);
    pass = b.pass.build();
    sources = b.sources.build();
    facts = b.facts.build();
    eqia = b.eqia.build();
    outOfScope = b.outOfScope.build();
    firstSource = b.firstSource.build();
    refused = b.refused;
    refusedRightly = b.refusedRightly;
  }

  /** Returns the share of questions passed, 0 to 1. */
  public double passRate() {
    return pass.total() == 0 ? 0 : (double) pass.hits() / pass.total();
  }

  public Tally pass() { return pass; }
  public Tally sources() { return sources; }
  public Tally facts() { return facts; }
  public Tally eqia() { return eqia; }
  public Tally outOfScope() { return outOfScope; }
  public Tally firstSource() { return firstSource; }

  /** Returns the share of refusals that were out-of-scope questions (1 when nothing was refused). */
  public double refusalPrecision() {
    return refused == 0 ? 1 : (double) refusedRightly / refused;
  }

  /** Writes the failures, the per-figure misses, then the summary line exactly as score.py prints it. */
  public void print(PrintStream out) {
    failures.forEach(out::println);
    out.printf("missed: sources %s facts %s eqia %s out-of-scope %s first-source %s%n",
        sources.missed(), facts.missed(), eqia.missed(), outOfScope.missed(), firstSource.missed());
    out.printf("refusals: %d, precision %.2f, recall %s%n", refused, refusalPrecision(), outOfScope);
    out.println(summary());
  }

  /** Returns the one-line summary, in score.py's words and rounding. */
  public String summary() {
    String percent = BigDecimal.valueOf(100.0 * pass.hits() / Math.max(pass.total(), 1))
        .setScale(0, RoundingMode.HALF_EVEN).toPlainString();
    return "pass " + pass + " (" + percent + "%) sources " + sources + " facts " + facts + " eqia " + eqia
        + " out-of-scope " + outOfScope + " first-source " + firstSource;
  }

  static final class Builder {
    private final List<String> failures = new ArrayList<>();
    private final TallyBuilder pass = new TallyBuilder(), sources = new TallyBuilder(), facts = new TallyBuilder();
    private final TallyBuilder eqia = new TallyBuilder(), outOfScope = new TallyBuilder(), firstSource = new TallyBuilder();
    private int refused, refusedRightly;

    void add(EvalQuestion q, JsonNode a, List<String> why) {
      Expectation e = q.expect();
      pass.count(q.id(), why.isEmpty());
      if (e.sources() != null) {
        sources.count(q.id(), a != null && why.stream().noneMatch(w -> w.startsWith("sources")));
        String first = a == null || a.path("sources").isEmpty() ? null : a.path("sources").get(0).path("document").asText(null);
        firstSource.count(q.id(), first != null && e.sources().stream().anyMatch(x -> Text.stem(first).equals(Text.norm(x))));
      }
      String text = a == null ? "" : Text.norm(a.path("text").asText(""));
      if (e.facts() != null) {
        for (List<String> g : e.facts()) facts.count(q.id(), g.stream().anyMatch(alt -> text.contains(Text.norm(alt))));
      }
      String verdict = a == null ? null : a.path("eqia").path("verdict").asText(null);
      if (e.eqia() != null) eqia.count(q.id(), verdict != null && e.eqia().contains(verdict));
      boolean wasRefused = a != null && a.path("answered").isBoolean() && !a.path("answered").asBoolean();
      if (e.outOfScope()) outOfScope.count(q.id(), wasRefused);
      if (wasRefused) {
        refused++;
        if (e.outOfScope()) refusedRightly++;
      }
      if (!why.isEmpty()) {
        String head = q.question().length() > 60 ? q.question().substring(0, 60) : q.question();
        failures.add("FAIL " + q.id() + " '" + head + "': " + String.join("; ", why));
      }
    }

    Report build() {
      return new Report(this);
    }
  }

  private static final class TallyBuilder {
    private int hits, total;
    private final List<String> missed = new ArrayList<>();

    void count(String id, boolean hit) {
      total++;
      if (hit) hits++; else if (!missed.contains(id)) missed.add(id);
    }

    Tally build() {
      return new Tally(hits, total, List.copyOf(missed));
    }
  }
}
