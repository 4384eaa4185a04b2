/**
 * What Signpost counts and times, in Prometheus's text format at {@code /metrics}: answers by channel and intent,
 * refusals, EqIA verdicts, screenings, ratings, the answer cache, request latency by route, Jetty's threads, the
 * database pool and the JVM. Every label has a small fixed set of values: never an id, never a question's words.
 */
package signpost.bot.metrics;
