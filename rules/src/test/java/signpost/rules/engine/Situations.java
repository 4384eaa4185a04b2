package signpost.rules.engine;

import java.util.List;
import signpost.knowledge.Document;
import signpost.knowledge.Passage;
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

  /** Returns the situation where the search found a passage of the document reliable enough to quote. */
  static Situation quoting(Document document, String question, Organisation organisation) {
    Passage passage = new Passage(document, 0, List.of(), null, "A passage that answers the question.");
    return new Situation(question, RECOGNISER.recognise(question), organisation, List.of(passage));
  }

  /** Returns one of an organisation's own documents. */
  static Document document(String file, String organisation) {
    return new Document(file, file, organisation, null, null, null, false);
  }

  /** Returns a document that ships inside Signpost, like the legal guide. */
  static Document builtInDocument(String file) {
    return new Document(file, file, null, null, null, null, true);
  }
}
