package signpost.bot.screening;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import signpost.bot.core.Citation;
import signpost.rules.decision.Verdict;

/** Screening records the export tests share: one with every field, one just started, one far too long for a page. */
final class Records {

  static final Instant CREATED = Instant.parse("2026-12-01T09:30:00Z");
  static final Instant UPDATED = Instant.parse("2026-12-03T16:05:00Z");

  static final String REASON = "Reducing, closing or stopping a service takes something away from the people who "
      + "use it, and those who rely on it most often share protected characteristics.";

  private Records() {}

  /** Returns a complete record of a proposal to cut a day centre's opening days. */
  static Screening full() {
    return new Screening("SCR-7F3K-9QXW-M2HD", "cambridgeshire", "p-3c9e1f", CREATED, UPDATED, Status.COMPLETE,
        "Reduce the Riverside day centre's opening from five days a week to three",
        List.of("About 120 older residents who attend the centre", "Their unpaid carers"),
        List.of(new CharacteristicNote("age", Impact.NEGATIVE, "Most people who come are over 75"),
            new CharacteristicNote("disability", Impact.NEGATIVE, "Many have dementia and need routine"),
            new CharacteristicNote("sex", Impact.NEUTRAL, ""),
            new CharacteristicNote("carers", Impact.POSITIVE, "The two longer days suit carers who work"),
            new CharacteristicNote("rural isolation", Impact.NOT_KNOWN, null)),
        "Attendance figures for 2025 and two complaints about transport",
        "We met the carers' forum on 20 November",
        "Free transport on the three remaining days",
        "Adult Social Care Committee", "12 February 2027", "in six months",
        Verdict.REQUIRED, List.of(REASON), List.of("RequireAnEqiaForReducingOrStoppingAService"),
        List.of(new Citation("cambridgeshire-edi-strategy-2023-2027.pdf", "Cambridgeshire EDI Strategy 2023-2027",
            "Meeting our public duty", 10, "We assess the impact of our decisions.")));
  }

  /** Returns a record just started: nothing said yet. */
  static Screening started() {
    return Screening.start("SCR-AAAA-BBBB-CCCC", null, "p-3c9e1f", CREATED);
  }

  /** Returns the full record with the given evidence for its first characteristic, age. */
  static Screening withEvidence(String evidence) {
    List<CharacteristicNote> notes = new ArrayList<>(full().characteristics());
    notes.set(0, new CharacteristicNote("age", Impact.NEGATIVE, evidence));
    return new ScreeningEdit(full()).characteristics(notes).build();
  }

  /** Returns the full record with 40 characteristics, each with long evidence whose words are numbered. */
  static Screening longRecord() {
    List<CharacteristicNote> notes = new ArrayList<>();
    for (int i = 1; i <= 40; i++) notes.add(new CharacteristicNote("group " + i, Impact.NEGATIVE, numbered(i, 60)));
    return new ScreeningEdit(full()).characteristics(notes).build();
  }

  /** Returns "w{group}x1 w{group}x2 ...", words that can each be found again in the output. */
  static String numbered(int group, int words) {
    StringBuilder out = new StringBuilder();
    for (int i = 1; i <= words; i++) out.append(i > 1 ? " " : "").append('w').append(group).append('x').append(i);
    return out.toString();
  }
}
