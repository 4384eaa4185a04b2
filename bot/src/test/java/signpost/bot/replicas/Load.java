package signpost.bot.replicas;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * A bounded, steady load through the balancer: one piece of work every interval for a fixed time, on a few threads,
 * alternately a screening (an EqIA question, then who is affected, in one conversation) and a rating (a question, then
 * 👍 on its answer). Each records whether it was acknowledged: the screening saved with its reference, the rating
 * answered 204.
 */
final class Load {

  /**
   * What became of one piece of work.
   *
   * @param started when it started, on {@link System#nanoTime()}'s scale
   * @param acknowledged whether every request of it was answered as a success
   * @param servedBy the replicas that served its requests, in order
   * @param conversation the screening's conversation, or null
   * @param reference the screening's reference when acknowledged, or null
   * @param rated the id of the answer rated when acknowledged, or null
   * @param failure what went wrong, or null
   */
  record Outcome(long started, boolean acknowledged, List<String> servedBy, String conversation, String reference,
                 String rated, String failure) {}

  private final ExecutorService workers = Executors.newFixedThreadPool(4);
  private final List<Future<Outcome>> running = new ArrayList<>();
  private Thread pacer;

  private Load() {}

  /** Starts the load; it stops by itself after {@code duration}. */
  static Load run(Client client, Duration duration, Duration every, String eqia, String who) {
    Load load = new Load();
    Thread pacer = new Thread(() -> load.pace(client, duration, every, eqia, who), "load-pacer");
    pacer.setDaemon(true);
    pacer.start();
    load.pacer = pacer;
    return load;
  }

  private void pace(Client client, Duration duration, Duration every, String eqia, String who) {
    long end = System.nanoTime() + duration.toNanos();
    for (int n = 0; System.nanoTime() < end; n++) {
      boolean screening = n % 2 == 0;
      synchronized (running) {
        running.add(workers.submit(() -> screening ? screening(client, eqia, who) : rating(client)));
      }
      try {
        Thread.sleep(every.toMillis());
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  /** Waits for the load to end and every piece of work to finish, and returns what became of each, in order. */
  List<Outcome> await(Duration timeout) throws Exception {
    pacer.join(timeout.toMillis());
    workers.shutdown();
    if (!workers.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS)) workers.shutdownNow();
    List<Outcome> outcomes = new ArrayList<>();
    synchronized (running) {
      for (Future<Outcome> work : running) outcomes.add(work.get());
    }
    return outcomes;
  }

  private static Outcome screening(Client client, String eqia, String who) {
    long started = System.nanoTime();
    List<String> servedBy = new ArrayList<>();
    String conversation = null;
    try {
      HttpResponse<String> opened = client.ask(eqia, null);
      servedBy.add(Client.servedBy(opened));
      if (opened.statusCode() != 200) return failed(started, servedBy, conversation, "ask: " + opened.statusCode());
      conversation = Client.json(opened).get("conversation").asText();
      HttpResponse<String> answered = client.ask(who, conversation);
      servedBy.add(Client.servedBy(answered));
      if (answered.statusCode() != 200) return failed(started, servedBy, conversation, "answer: " + answered.statusCode());
      JsonNode screening = Client.json(answered).get("screening");
      if (screening == null || screening.isNull()) return failed(started, servedBy, conversation, "no screening: " + answered.body());
      return new Outcome(started, true, servedBy, conversation, screening.get("reference").asText(), null, null);
    } catch (Exception e) {
      return failed(started, servedBy, conversation, e.toString());
    }
  }

  private static Outcome rating(Client client) {
    long started = System.nanoTime();
    List<String> servedBy = new ArrayList<>();
    try {
      HttpResponse<String> asked = client.ask("What is the Public Sector Equality Duty?", null);
      servedBy.add(Client.servedBy(asked));
      if (asked.statusCode() != 200) return failed(started, servedBy, null, "ask: " + asked.statusCode());
      String id = Client.json(asked).get("id").asText();
      HttpResponse<String> rated = client.rate(id);
      servedBy.add(Client.servedBy(rated));
      if (rated.statusCode() != 204) return failed(started, servedBy, null, "rate: " + rated.statusCode() + " " + rated.body());
      return new Outcome(started, true, servedBy, null, null, id, null);
    } catch (Exception e) {
      return failed(started, servedBy, null, e.toString());
    }
  }

  private static Outcome failed(long started, List<String> servedBy, String conversation, String failure) {
    return new Outcome(started, false, servedBy, conversation, null, null, failure);
  }

  /** Returns the outcomes one a line, with when each started relative to the kill, for a failure's message. */
  static String describe(List<Outcome> outcomes, long killed) {
    StringBuilder out = new StringBuilder("outcomes (ms from the kill):\n");
    for (Outcome o : outcomes) {
      out.append(String.format("%+6d %s %s %s%n", (o.started() - killed) / 1_000_000, o.acknowledged() ? "ok    " : "FAILED",
          o.servedBy(), o.failure() == null ? "" : o.failure()));
    }
    return out.toString();
  }
}
