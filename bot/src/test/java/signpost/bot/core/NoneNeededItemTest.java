package signpost.bot.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import signpost.rules.decision.Verdict;

/**
 * A verdict that no assessment is needed quotes, of the organisation's own list of what needs none (one item a
 * passage, as a Word document's list is read), the item like the change told, not the list's first: over a real index.
 */
class NoneNeededItemTest {

  private static final String ORG = "severnvale";
  private static final String ADMIN = "internal admin changes that do not affect the public or change anyone's terms,"
      + " for example moving files to a new system or changing an internal form;";
  private static final String REPAIRS = "routine maintenance and repairs, such as resurfacing or repainting, where access"
      + " and layout stay the same;";

  @RegisterExtension
  static final OwnDocuments.Loaded DOCS = OwnDocuments.of(ORG, "Severnvale Council",
        new OwnDocuments.Doc("severnvale-eqia-guidance.md", "Equality Impact Assessment guidance", "guidance", """
            # Equality Impact Assessment guidance

            ## You do not need an Equality Impact Assessment for:
            %s

            like-for-like replacements, for example replacing vehicles with equivalents that work in the same way;

            %s

            ## Sign-off
            Every Equality Impact Assessment is signed off by the Head of Service.
            """.formatted(REPAIRS, ADMIN)));

  @Test
  void the_item_like_the_change_told_is_quoted_not_the_lists_first() {
    Answer answer = DOCS.pipeline().answer(new Question("t", "we're moving our rota from an excel sheet into sharepoint lists,"
        + " nothing changes for the public, its just internal. does that need an equality impact assessment?", ORG));

    assertEquals(Verdict.NOT_REQUIRED, answer.eqia().verdict(), answer.text());
    assertTrue(answer.paragraphs().stream().anyMatch(p -> p.kind() == Paragraph.Kind.PRACTICE && p.text().contains(ADMIN)),
        answer.text());
    assertFalse(answer.text().contains(REPAIRS), answer.text());
  }
}
