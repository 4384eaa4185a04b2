package signpost.rules.features;

/**
 * Recognises topics, activities, who is affected, characteristics, the asker's role and the form of answer asked for in a question,
 * from the phrase lists in {@code signpost/rules/phrases/}.
 */
public final class FeatureRecogniser {

  private static final String FOLDER = "/signpost/rules/phrases/";

  private final PhraseList<Topic> topics;
  private final PhraseList<Activity> activities;
  private final PhraseList<Affected> affected;
  private final PhraseList<Characteristic> characteristics;
  private final PhraseList<Role> roles;
  private final PhraseList<Ask> asks;

  private FeatureRecogniser() {
    topics = PhraseList.load(FOLDER + "topics.txt", Topic.class);
    activities = PhraseList.load(FOLDER + "activities.txt", Activity.class);
    affected = PhraseList.load(FOLDER + "affected.txt", Affected.class);
    characteristics = PhraseList.load(FOLDER + "characteristics.txt", Characteristic.class);
    roles = PhraseList.load(FOLDER + "roles.txt", Role.class);
    asks = PhraseList.load(FOLDER + "asks.txt", Ask.class);
  }

  /** Returns a recogniser over the built-in phrase lists. */
  public static FeatureRecogniser builtIn() {
    return new FeatureRecogniser();
  }

  /** Returns what the question is about and describes. */
  public QuestionFeatures recognise(String question) {
    String haystack = PhraseList.haystack(question);
    return new QuestionFeatures(topics.findIn(haystack), activities.findIn(haystack), affected.findIn(haystack),
        characteristics.findIn(haystack), roles.findIn(haystack), asks.findIn(haystack));
  }
}
