package signpost.bot.core;

import java.util.ArrayList;
import java.util.List;
import signpost.bot.core.Paragraph.Kind;

/** Collects an answer's paragraphs in the order the composer writes them. */
final class Paragraphs {

  private final List<Paragraph> all = new ArrayList<>();

  void add(Kind kind, CharSequence text) {
    all.add(new Paragraph(kind, text.toString()));
  }

  /** Adds "lead:" and a "- item" line an item, unless there are no items. */
  void list(Kind kind, String lead, List<String> items) {
    if (!items.isEmpty()) add(kind, lead + ":\n- " + String.join("\n- ", items));
  }

  /** Adds the contacts under their lead, unless there are none. */
  void contacts(String lead, List<ContactCard> cards) {
    if (!cards.isEmpty()) all.add(Paragraph.contacts(lead, cards));
  }

  List<Paragraph> all() {
    return List.copyOf(all);
  }

  /** Returns them with white space stripped from the start of the first and the end of the last, as from a whole text. */
  List<Paragraph> stripped() {
    List<Paragraph> out = new ArrayList<>(all);
    if (out.isEmpty()) return List.of();
    out.set(0, with(out.get(0), out.get(0).text().stripLeading()));
    int last = out.size() - 1;
    out.set(last, with(out.get(last), out.get(last).text().stripTrailing()));
    return List.copyOf(out);
  }

  private static Paragraph with(Paragraph paragraph, String text) {
    return new Paragraph(paragraph.kind(), text, paragraph.lead());
  }
}
