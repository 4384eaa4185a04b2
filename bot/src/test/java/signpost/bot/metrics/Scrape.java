package signpost.bot.metrics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads Prometheus's text format as a scraper would: each sample's name, labels and value. */
record Scrape(List<Sample> samples) {

  /** One line of the exposition: {@code name{label="value",...} 1.0}. */
  record Sample(String name, Map<String, String> labels, double value) {}

  private static final Pattern LINE = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)})? (\\S+)");
  private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\",?");

  static Scrape of(String text) {
    return new Scrape(text.lines().filter(line -> !line.startsWith("#") && !line.isBlank()).map(Scrape::sample).toList());
  }

  private static Sample sample(String line) {
    Matcher m = LINE.matcher(line);
    if (!m.matches()) throw new AssertionError("not a Prometheus sample: " + line);
    Map<String, String> labels = new LinkedHashMap<>();
    if (m.group(2) != null) {
      Matcher label = LABEL.matcher(m.group(2));
      while (label.find()) labels.put(label.group(1), label.group(2));
    }
    return new Sample(m.group(1), labels, Double.parseDouble(m.group(3)));
  }

  /** Returns the sum of the samples of {@code name} whose labels include all of {@code labels}; 0 when none. */
  double value(String name, Map<String, String> labels) {
    return matching(name, labels).stream().mapToDouble(Sample::value).sum();
  }

  /** Returns the samples of {@code name} whose labels include all of {@code labels}. */
  List<Sample> matching(String name, Map<String, String> labels) {
    return samples.stream().filter(s -> s.name().equals(name) && s.labels().entrySet().containsAll(labels.entrySet())).toList();
  }

  /** Returns true when some sample is named {@code name}. */
  boolean has(String name) {
    return samples.stream().anyMatch(s -> s.name().equals(name));
  }
}
