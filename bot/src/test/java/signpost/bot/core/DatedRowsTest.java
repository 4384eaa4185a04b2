package signpost.bot.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A table of dates is quoted by its row for the date a message gives ("going to Cabinet on 11 March"), found in the
 * part of the table a search gave or in another part under the same heading: over a real index.
 */
class DatedRowsTest {

  private static final String ORG = "thornvale";
  private static final String MARCH_ROW = "Group meeting: 3 February 2026; Draft assessment to the Equality Team by:"
      + " 20 January 2026; Supports Cabinet on: 11 March 2026";
  private static final String FIRST_ROW = "Group meeting: 2 September 2025; Draft assessment to the Equality Team by:"
      + " 18 August 2025; Supports Cabinet on: 15 October 2025";

  @RegisterExtension
  static final OwnDocuments.Loaded DOCS = OwnDocuments.of(ORG, "Thornvale Council",
        new OwnDocuments.Doc("thornvale-assessment-guidance.md", "Assessment guidance", "guidance", """
            # Assessment guidance

            ## Dates of the Equality Group
            | Group meeting | Draft assessment to the Equality Team by | Supports Cabinet on |
            |---|---|---|
            | 2 September 2025 | 18 August 2025 | 15 October 2025 |
            | 7 October 2025 | 23 September 2025 | 12 November 2025 |
            | 4 November 2025 | 21 October 2025 | 10 December 2025 |

            | Group meeting | Draft assessment to the Equality Team by | Supports Cabinet on |
            |---|---|---|
            | 6 January 2026 | 18 December 2025 | 11 February 2026 |
            | 3 February 2026 | 20 January 2026 | 11 March 2026 |
            | 3 March 2026 | 17 February 2026 | 15 April 2026 |

            ## Sign-off
            Every assessment is signed off by the Assistant Director.
            """));

  @Test
  void a_date_the_message_gives_is_read_as_tables_write_it() {
    assertEquals(Optional.of("11 March"), DatedRows.dayMonth("it's going to Cabinet on 11 March. when is the deadline?"));
    assertEquals(Optional.of("3 December"), DatedRows.dayMonth("cabinet report deadline is 3rd dec."));
    assertEquals(Optional.of("14 January"), DatedRows.dayMonth("Cabinet meets on January 14th"));
    assertEquals(Optional.empty(), DatedRows.dayMonth("it goes to Cabinet in March"));
    assertTrue(DatedRows.tableOfDates(FIRST_ROW + "\n" + MARCH_ROW + "\n" + FIRST_ROW));
    assertFalse(DatedRows.tableOfDates("The plan runs from 1 April 2024 to 31 March 2028."));
  }

  @Test
  void the_row_for_the_date_given_is_quoted_not_the_tables_first_rows() {
    Answer answer = DOCS.pipeline().answer(new Question("t",
        "our report is going to Cabinet on 11 March. when does the draft assessment need to be with the Equality Team?", ORG));

    String text = answer.text();
    assertTrue(text.contains(MARCH_ROW), text);
    assertFalse(text.contains(FIRST_ROW), text);
    assertFalse(text.contains("15 April 2026"), "only the row for the date given: " + text);
  }

  @Test
  void without_a_date_the_table_is_quoted_as_found() {
    Answer answer = DOCS.pipeline().answer(new Question("t",
        "when does the draft assessment need to be with the Equality Team before Cabinet?", ORG));

    assertTrue(answer.text().contains("Supports Cabinet on"), answer.text());
    assertFalse(answer.text().contains(MARCH_ROW) && !answer.text().contains(FIRST_ROW), answer.text());
  }
}
