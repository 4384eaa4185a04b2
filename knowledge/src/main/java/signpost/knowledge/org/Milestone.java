package signpost.knowledge.org;

import java.util.Objects;

/**
 * A step in a timetable.
 *
 * @param what what happens
 * @param when when, as written, e.g. {@code 2024-03-01 to 2024-04-05}
 */
public record Milestone(String what, String when) {

  public Milestone {
    Objects.requireNonNull(what, "what");
    Objects.requireNonNull(when, "when");
  }
}
