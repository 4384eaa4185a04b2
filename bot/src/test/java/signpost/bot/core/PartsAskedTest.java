package signpost.bot.core;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A second question too short to name what it asks of ("when is it open?") is searched with the first as the situation
 * it is asked in, so that what it asks weighs as asked and what the first told as told: over a real index and the real
 * rules.
 */
class PartsAskedTest {

  private static final String ORG = "thornmoor";

  @RegisterExtension
  static final OwnDocuments.Loaded DOCS = OwnDocuments.of(ORG, "Thornmoor Council",
      new OwnDocuments.Doc("thornmoor-duties.md", "Equality and diversity and our duties", "guidance", """
          # Equality and diversity and our duties

          ## Reporting hate crime
          Anyone can report a hate incident or hate crime to the police on 101, online through True Vision, or in person
          at one of our third-party reporting centres, where trained staff will help you make a report:

          | Centre | Address | When you can report |
          |---|---|---|
          | Lowfield Family Hub | Kestrel Way, Lowfield | Monday to Friday, 9am to 5pm |
          | Bradley Carr Community Centre | Carr Lane, Bradley Carr | Monday, Wednesday and Friday, 9.30am to 4pm |
          | Greave Hill Library | Chapel Street, Greave Hill | During library opening hours |

          """));

  @Test
  void when_it_is_open_is_asked_of_what_the_first_question_named() {
    Answer answer = DOCS.ask("a lady at the counter asked if there's anywhere in Bradley Carr she can go to report a hate"
        + " incident in person - is there one and when is it open?");

    assertTrue(answer.text().contains("Bradley Carr Community Centre; Address: Carr Lane, Bradley Carr; When you can"
        + " report: Monday, Wednesday and Friday"), answer.text());
  }
}
