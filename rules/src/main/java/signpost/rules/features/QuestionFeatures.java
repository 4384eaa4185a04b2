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
 * @param asks the form of answer asked for, e.g. whether something is needed
 */
public record QuestionFeatures(Set<Topic> topics, Set<Activity> activities, Set<Affected> affected,
                               Set<Characteristic> characteristics, Set<Role> roles,
                               Set<Ask> asks) {

  public QuestionFeatures {
    topics = Set.copyOf(topics);
    activities = Set.copyOf(activities);
    affected = Set.copyOf(affected);
    characteristics = Set.copyOf(characteristics);
    roles = Set.copyOf(roles);
    asks = Set.copyOf(asks);
  }

  /** Returns true when the question is about {@code topic}. */
  public boolean is(Topic topic) {
    return topics.contains(topic);
  }
}
