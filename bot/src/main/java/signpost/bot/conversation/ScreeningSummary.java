package signpost.bot.conversation;

import java.util.ArrayList;
import java.util.List;
import signpost.bot.screening.CharacteristicNote;
import signpost.bot.screening.Impact;
import signpost.bot.screening.Screening;

/** Writes the one-paragraph progress of a screening shown at each step: what is recorded so far. */
final class ScreeningSummary {

  private ScreeningSummary() {}

  static String of(Screening s) {
    List<String> held = new ArrayList<>();
    if (s.activity() != null) held.add("what is changing");
    if (!s.affected().isEmpty()) held.add("who is affected");
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
}
