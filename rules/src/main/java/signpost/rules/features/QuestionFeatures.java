package signpost.rules.features;

import java.util.Set;

/**
 * What was recognised in a question.
 *
 * @param topics what it is about
 * @param activities the kinds of work or decision it describes
 * @param affected who the described work affects
 * @param characteristics the protected characteristics it names
 * @param roles the asker's role, when stated
 */
public record QuestionFeatures(Set<Topic> topics, Set<Activity> activities, Set<Affected> affected,
                               Set<Characteristic> characteristics, Set<Role> roles) {

  public QuestionFeatures {
    topics = Set.copyOf(topics);
    activities = Set.copyOf(activities);
    affected = Set.copyOf(affected);
    characteristics = Set.copyOf(characteristics);
    roles = Set.copyOf(roles);
  }

  /** Returns true when the question is about {@code topic}. */
  public boolean is(Topic topic) {
    return topics.contains(topic);
  }
}
