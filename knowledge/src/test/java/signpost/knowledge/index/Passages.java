package signpost.knowledge.index;

import java.util.List;
import signpost.knowledge.Document;
import signpost.knowledge.Passage;

/** Builds small passages for index tests. */
final class Passages {

  private Passages() {}

  static Passage of(String file, String organisation, int ordinal, String text) {
    return new Passage(new Document(file, "Title of " + file, organisation, null, null, null, false),
        ordinal, List.of(), null, text);
  }
}
