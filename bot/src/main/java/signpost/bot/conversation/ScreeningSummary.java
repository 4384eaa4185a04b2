package signpost.bot.conversation;

import java.util.ArrayList;
import java.util.List;
import signpost.bot.screening.CharacteristicNote;
import signpost.bot.screening.Impact;
import signpost.bot.screening.Screening;

/**
 * Writes the one-paragraph progress of a screening shown at each step: what is recorded so far, quoting what is changing
 * and who is affected as the record holds them (after any correction), so the person sees what will be kept.
 */
final class ScreeningSummary {

  private ScreeningSummary() {}

  static String of(Screening s) {
    List<String> held = new ArrayList<>();
    if (s.activity() != null) held.add("what is changing (\"" + excerpt(s.activity(), SO_FAR_CHARS) + "\")");
    if (!s.affected().isEmpty()) held.add("who is affected (\"" + excerpt(String.join(" ", s.affected()), SO_FAR_CHARS) + "\")");
    if (s.evidence() != null) held.add("evidence");
    if (s.engagement() != null) held.add("engagement");
    if (s.mitigation() != null) held.add("mitigation");
    if (s.decisionMaker() != null || s.decisionDate() != null) {
      held.add("decision" + (s.decisionMaker() == null ? "" : " by " + s.decisionMaker())
          + (s.decisionDate() == null ? "" : " (" + s.decisionDate() + ")"));
    }
    if (s.reviewDate() != null) held.add("review " + s.reviewDate());
    StringBuilder out = new StringBuilder("Screening ").append(s.reference()).append(" so far: ");
    out.append(held.isEmpty() ? "nothing recorded yet" : String.join(", ", held)).append('.');
    if (!s.characteristics().isEmpty()) {
      List<String> groups = new ArrayList<>();
      for (CharacteristicNote c : s.characteristics()) {
        groups.add(c.name() + (c.impact() == Impact.NOT_KNOWN ? "" : " (" + c.impact().label() + ")"));
      }
      out.append(" Groups to consider: ").append(String.join(", ", groups)).append('.');
    }
    return out.toString();
  }

  /** The most characters of what is changing, and of who is affected, the progress line quotes: what the record holds. */
  private static final int SO_FAR_CHARS = 120;

  /** Returns the text on one line, cut at a word before {@code max} characters with "..." when longer. */
  static String excerpt(String text, int max) {
    String flat = text.replace('\n', ' ').replaceAll("\\s+", " ").strip();
    if (flat.length() <= max) return flat;
    int space = flat.lastIndexOf(' ', max - 3);
    return flat.substring(0, space > max / 2 ? space : max - 3).strip() + "...";
  }
}
