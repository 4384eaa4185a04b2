package signpost.rules.engine;

import java.util.List;
import signpost.knowledge.org.Organisation;
import signpost.rules.features.FeatureRecogniser;

/** Builds situations from plain-language questions, as the answer pipeline does. */
final class Situations {

  private static final FeatureRecogniser RECOGNISER = FeatureRecogniser.builtIn();

  private Situations() {}

  static Situation asked(String question, Organisation organisation) {
    return new Situation(question, RECOGNISER.recognise(question), organisation, List.of());
  }

  static Situation asked(String question) {
    return asked(question, null);
  }
}
