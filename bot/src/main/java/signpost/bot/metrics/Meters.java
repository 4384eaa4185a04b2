package signpost.bot.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Supplier;
import org.eclipse.jetty.server.Handler;
import signpost.bot.conversation.ScreeningEvent;
import signpost.bot.core.Answer;
import signpost.bot.core.AnswerPipeline;
import signpost.bot.core.Feedback;
import signpost.rules.decision.Intent;
import signpost.rules.decision.Verdict;

/**
 * Everything Signpost counts, in one Prometheus registry: what the channels answer, refuse and are told of, the
 * screenings, the answer cache, request latency by route ({@link #timed}), and the JVM. Channels and the dialogue
 * report to it; {@code /metrics} reads it ({@link #scrape}). Thread-safe; closing it stops watching the JVM.
 */
public final class Meters implements AutoCloseable {

  /** Jetty's request timer, with a histogram of the buckets below. */
  static final String REQUESTS = "jetty.server.requests";
  /** The latency buckets: from a cached answer (a few ms) to a slow screening step (seconds). */
  static final Duration[] BUCKETS = {Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25),
      Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1),
      Duration.ofMillis(2500), Duration.ofSeconds(5), Duration.ofSeconds(10)};

  private static final Intent[] INTENTS = Intent.values();
  private static final Refusal[] REFUSALS = Refusal.values();

  private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  /** The counters of answers by channel and intent, of refusals by channel and reason, and of verdicts, once registered. */
  private final AtomicReferenceArray<Counter> answers = new AtomicReferenceArray<>(Channel.values().length * INTENTS.length);
  private final AtomicReferenceArray<Counter> refusals = new AtomicReferenceArray<>(Channel.values().length * REFUSALS.length);
  private final AtomicReferenceArray<Counter> verdicts = new AtomicReferenceArray<>(Verdict.values().length);
  private final JvmGcMetrics gc = new JvmGcMetrics();

  public Meters() {
    registry.config().meterFilter(new MeterFilter() {
      @Override
      public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
        if (!id.getName().equals(REQUESTS)) return config;
        return DistributionStatisticConfig.builder().serviceLevelObjectives(nanos(BUCKETS)).build().merge(config);
      }
    });
    new JvmMemoryMetrics().bindTo(registry);
    gc.bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ClassLoaderMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    new UptimeMetrics().bindTo(registry);
    for (ScreeningEvent event : ScreeningEvent.values()) screenings(event);
  }

  /** Returns the registry, for libraries that report to it themselves (the database pool, Jetty's thread pool). */
  public MeterRegistry registry() {
    return registry;
  }

  /** Counts an answer given on a channel: by intent, as a refusal when it found nothing, and its EqIA verdict if any. */
  public void answered(Channel channel, Answer answer) {
    Intent intent = answer.intent();
    counter(answers, channel.ordinal() * INTENTS.length + intent.ordinal(),
        () -> registry.counter("signpost.answers", "channel", channel.label(), "intent", intent.wireName())).increment();
    if (!answer.answered()) refused(channel, Refusal.NO_ANSWER);
    if (answer.eqia() != null) {
      Verdict verdict = answer.eqia().verdict();
      counter(verdicts, verdict.ordinal(), () -> registry.counter("signpost.eqia.verdicts", "verdict", verdict.wireName()))
          .increment();
    }
  }

  /** Counts a question a channel did not answer, and why. */
  public void refused(Channel channel, Refusal reason) {
    counter(refusals, channel.ordinal() * REFUSALS.length + reason.ordinal(),
        () -> registry.counter("signpost.refusals", "channel", channel.label(), "reason", reason.label())).increment();
  }

  /**
   * Returns the counter at {@code index}, registering it the first time: every answer is counted, and the registry's
   * own lookup makes and sorts the labels and hashes the meter's id each time.
   */
  private static Counter counter(AtomicReferenceArray<Counter> counters, int index, Supplier<Counter> registered) {
    Counter counter = counters.get(index);
    if (counter == null) {
      // Two threads at once register the same meter: the registry gives both the same counter.
      counter = registered.get();
      counters.set(index, counter);
    }
    return counter;
  }

  /** Counts a screening started, completed or abandoned. */
  public void screening(ScreeningEvent event) {
    screenings(event).increment();
  }

  /** Counts a rating recorded, by its channel and whether the answer helped. */
  public void rated(Feedback feedback) {
    registry.counter("signpost.feedback", "channel", Channel.of(feedback.channel()).label(),
        "helpful", Boolean.toString(feedback.helpful())).increment();
  }

  /** Reports the pipeline's answer cache: how often a question was answered from it, and how many answers it holds. */
  public void watch(AnswerPipeline pipeline) {
    FunctionCounter.builder("signpost.answer.cache.gets", pipeline, AnswerPipeline::cacheHits).tag("result", "hit")
        .description("Questions answered from the answer cache").register(registry);
    FunctionCounter.builder("signpost.answer.cache.gets", pipeline, AnswerPipeline::cacheMisses).tag("result", "miss")
        .description("Questions the answer cache did not hold").register(registry);
    Gauge.builder("signpost.answer.cache.size", pipeline, AnswerPipeline::cacheSize).register(registry);
  }

  /** Returns {@code handler} timed: each request's latency by route, method and status (see {@link RequestTimer}). */
  public Handler timed(Handler handler) {
    return new RequestTimer(registry, handler);
  }

  /** Returns every meter in Prometheus's text format (version 0.0.4). */
  public String scrape() {
    return registry.scrape();
  }

  private Counter screenings(ScreeningEvent event) {
    return registry.counter("signpost.screenings", "event", event.name().toLowerCase(Locale.ROOT));
  }

  private static double[] nanos(Duration[] durations) {
    double[] out = new double[durations.length];
    for (int i = 0; i < durations.length; i++) out[i] = durations[i].toNanos();
    return out;
  }

  @Override
  public void close() {
    gc.close();
    registry.close();
  }
}
