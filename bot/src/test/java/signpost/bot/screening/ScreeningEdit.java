package signpost.bot.screening;

import java.util.List;
import signpost.rules.decision.Verdict;

/** Copies a screening with some fields changed, so each test says only what differs from the shared record. */
final class ScreeningEdit {

  private final Screening from;
  private Status status;
  private String activity;
  private List<CharacteristicNote> characteristics;
  private String evidence;
  private String engagement;
  private String decisionMaker;
  private String decisionDate;
  private Verdict verdict;

  ScreeningEdit(Screening from) {
    this.from = from;
    status = from.status();
    activity = from.activity();
    characteristics = from.characteristics();
    evidence = from.evidence();
    engagement = from.engagement();
    decisionMaker = from.decisionMaker();
    decisionDate = from.decisionDate();
    verdict = from.verdict();
  }

  ScreeningEdit status(Status value) {
    status = value;
    return this;
  }

  ScreeningEdit activity(String value) {
    activity = value;
    return this;
  }

  ScreeningEdit characteristics(List<CharacteristicNote> value) {
    characteristics = value;
    return this;
  }

  ScreeningEdit evidence(String value) {
    evidence = value;
    return this;
  }

  ScreeningEdit engagement(String value) {
    engagement = value;
    return this;
  }

  ScreeningEdit decision(String maker, String date) {
    decisionMaker = maker;
    decisionDate = date;
    return this;
  }

  ScreeningEdit verdict(Verdict value) {
    verdict = value;
    return this;
  }

  Screening build() {
    return new Screening(from.reference(), from.organisation(), from.owner(), from.created(), from.updated(), status,
        activity, from.affected(), characteristics, evidence, engagement, from.mitigation(), decisionMaker,
        decisionDate, from.reviewDate(), verdict, from.reasons(), from.rules(), from.sources());
  }
}
