package signpost.bot.core;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import signpost.knowledge.KnowledgeBase;
import signpost.knowledge.search.Quote;

/** The organisation's own practice read from its documents: here, how far ahead its assessment is started. */
class OwnPracticeTest {

  @Test
  void timing_is_the_passage_saying_how_far_ahead_to_start_before_a_part_of_the_table_that_goes_on_from_there(
      @TempDir Path folder) throws IOException {
    try (KnowledgeBase knowledge = OwnDocuments.load(folder, "brackwater", "HMP Brackwater",
        new OwnDocuments.Doc("brackwater-ea-procedure.md", "Local Equality Analysis procedure", "policy", """
            # Local Equality Analysis procedure

            ## 7. Timescales
            Start early. A screening should reach the Diversity and Inclusion Manager at least four weeks before the \
            change, and a full Equality Analysis should be started at least eight weeks before the change.

            | Step | Timescale |
            | --- | --- |
            | Full Equality Analysis presented at the DIM | At the next monthly DIM before the decision |
            | Deputy Governor signs off the Equality Analysis | Within 10 working days of the DIM |
            | Equality Analysis added to the register | Within 5 working days of sign-off |
            | Review of a full Equality Analysis | 6 months after the change starts |
            """))) {
      OwnPractice practice = new OwnPractice(knowledge, AssessmentNames.of(knowledge));

      Quote timing = practice.timing("brackwater").orElseThrow();

      assertTrue(timing.hit().passage().text().contains("at least eight weeks before the change"),
          timing.hit().passage().text());
    }
  }
}
