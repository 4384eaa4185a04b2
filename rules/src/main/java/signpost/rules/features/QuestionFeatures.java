package signpost.rules.features;

import java.util.Collections;
import java.util.EnumSet;
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
    topics = ordered(Topic.class, topics);
    activities = ordered(Activity.class, activities);
    affected = ordered(Affected.class, affected);
    characteristics = ordered(Characteristic.class, characteristics);
    roles = ordered(Role.class, roles);
    asks = ordered(Ask.class, asks);
  }

  /** Returns an unmodifiable copy iterating in declaration order, so decisions never depend on hashing. */
  private static <E extends Enum<E>> Set<E> ordered(Class<E> type, Set<E> values) {
    EnumSet<E> copy = EnumSet.noneOf(type);
    copy.addAll(values);
    return Collections.unmodifiableSet(copy);
  }

  /** Returns true when the question is about {@code topic}. */
  public boolean is(Topic topic) {
    return topics.contains(topic);
  }
}
