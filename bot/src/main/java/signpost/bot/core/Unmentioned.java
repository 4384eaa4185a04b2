package signpost.bot.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import signpost.bot.core.Paragraph.Kind;

/**
 * Opens a refusal with what the documents lack, so the asker sees why there is no answer: "The documents I
 * know don't mention "lasagne"." or, for a body nothing is known of, "I have no documents or facts about
 * norfolk county council." Only words of the question and names it gave are repeated: nothing is invented.
 */
final class Unmentioned {

  private Unmentioned() {}

  /**
   * Returns the refusal with a first paragraph naming the weightiest of the {@code words} no document holds, or
   * the {@code organisation} nothing is known of; the refusal itself when both are empty.
   */
  static Composer.Composed note(Composer.Composed refusal, List<String> words, Optional<String> organisation) {
    String sentence = organisation.map(name -> "I have no documents or facts about " + name + ".")
        .orElse(words.isEmpty() ? null : "The documents I know don't mention \"" + words.get(0) + "\".");
    if (sentence == null) return refusal;
    List<Paragraph> paragraphs = new ArrayList<>();
    paragraphs.add(new Paragraph(Kind.BODY, sentence));
    paragraphs.addAll(refusal.paragraphs());
    return new Composer.Composed(paragraphs, refusal.sources());
  }
}
