package signpost.bot.screening;

import static signpost.bot.screening.RecordWords.given;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import signpost.bot.core.Citation;
import signpost.bot.screening.Block.Field;
import signpost.bot.screening.Block.Items;
import signpost.bot.screening.Block.Prose;
import signpost.bot.screening.Block.Table;

/**
 * A screening record laid out once, in the order every export shows it, so the Markdown and the PDF hold the same
 * content. It holds only what the record holds: a field the manager has not given stays null, never filled in.
 */
record ScreeningDocument(String title, List<Section> sections) {

  /** The heading of the section that holds {@link CommitteeParagraph}. */
  static final String COMMITTEE_HEADING = "Equality implications (for a committee report)";

  static final List<String> CHARACTERISTICS_HEADER =
      List.of("Characteristic", "Likely impact", "Evidence (in the manager's words)");

  /** A heading and what stands under it. */
  record Section(String heading, List<Block> blocks) {
    Section(String heading, Block... blocks) {
      this(heading, List.of(blocks));
    }
  }

  ScreeningDocument {
    sections = List.copyOf(sections);
  }

  /** Lays out the record. */
  static ScreeningDocument of(Screening s) {
    return new ScreeningDocument("EqIA screening " + s.reference(), List.of(
        new Section("Record details", new Field("Reference", s.reference()),
            new Field("Organisation", text(s.organisation())), new Field("Status", RecordWords.status(s.status())),
            new Field("Started", RecordWords.day(s.created())),
            new Field("Last updated", RecordWords.day(s.updated()))),
        new Section("What is changing", new Prose(text(s.activity()))),
        new Section("Who is affected", new Items(null, texts(s.affected()))),
        new Section("Characteristics", characteristics(s.characteristics())),
        new Section("Evidence", new Prose(text(s.evidence()))),
        new Section("Engagement", new Prose(text(s.engagement()))),
        new Section("Mitigation", new Prose(text(s.mitigation()))),
        new Section("Decision", new Field("Decision-maker", text(s.decisionMaker())),
            new Field("Decision date", text(s.decisionDate()))),
        new Section("Review", new Field("Review date", text(s.reviewDate()))),
        new Section("Verdict", verdict(s), new Items("Reasons", texts(s.reasons()))),
        new Section("Rules that fired", new Items(null, texts(s.rules()))),
        new Section("Sources", new Items(null, s.sources().stream().map(Citation::label).toList())),
        new Section(COMMITTEE_HEADING, new Prose(CommitteeParagraph.of(s)))));
  }

  private static Table characteristics(List<CharacteristicNote> notes) {
    List<List<String>> rows = new ArrayList<>();
    for (CharacteristicNote note : notes) {
      rows.add(Arrays.asList(note.name(), note.impact().label(), text(note.evidence())));
    }
    return new Table(CHARACTERISTICS_HEADER, rows);
  }

  private static Field verdict(Screening s) {
    String label = s.status() == Status.COMPLETE ? "Verdict" : "Verdict so far";
    if (s.verdict() == null) return new Field(label, null);
    String words = RecordWords.verdict(s.verdict());
    return new Field(label, Character.toUpperCase(words.charAt(0)) + words.substring(1));
  }

  private static String text(String said) {
    return given(said) ? said : null;
  }

  private static List<String> texts(List<String> said) {
    return said.stream().filter(RecordWords::given).toList();
  }
}
