package signpost.bot.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import signpost.bot.edi.Handoff;
import signpost.bot.edi.Unanswered;
import signpost.bot.store.PersonalData;

/** Requests about a person's own data are told from questions, and the replies count and list what is kept. */
class MyDataTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      my data                                   | SHOW
      My data?                                  | SHOW
      show my data                              | SHOW
      what do you keep about me?                | SHOW
      What data do you hold on me               | SHOW
      delete my data                            | DELETE
      Please delete my data                     | DELETE
      can you show my data, please?             | SHOW
      erase all my data                         | DELETE
      forget me                                 | DELETE
      yes, delete my data                       | CONFIRM
      Yes delete my data.                       | CONFIRM
      what data do we hold on staff?            | NONE
      does my data count in the EDI report?     | NONE
      is my data shared with HR?                | NONE
      """)
  void a_request_about_the_persons_own_data_is_recognised_and_nothing_else(String text, String expected) {
    Optional<MyData.Request> request = MyData.request(text);

    assertEquals(expected, request.map(Enum::name).orElse("NONE"));
  }

  @Test
  void what_is_kept_is_counted_and_listed_by_kind_newest_first_as_given() {
    Instant time = Instant.parse("2026-12-01T09:00:00Z");
    PersonalData.Kept kept = new PersonalData.Kept(List.of(new PersonalData.Screening("SCR-AAAA-BBBB-CCCC-DDDD", "open", time)), 1,
        List.of(new PersonalData.Rating("web-1", true, time)),
        List.of(new PersonalData.Question("Is there a choir?", Unanswered.REFUSED, time),
            new PersonalData.Question("What is the PSED?", null, time)), List.of("Do I need an EqIA for [name]'s project?"),
        List.of(new PersonalData.PassedOn("Can my dog come to the office?", Handoff.Status.REPLIED, time)));

    assertEquals("""
        What Signpost keeps about you here:
        Screening records: 1
        - SCR-AAAA-BBBB-CCCC-DDDD (open, updated 1 December 2026)
        Conversations in progress: 1
        - your last question there: "Do I need an EqIA for [name]'s project?"
        Ratings: 1
        - 👍 on answer web-1, 1 December 2026
        Questions kept: 2
        - "Is there a choir?" (1 December 2026, not answered, logged for the EDI team)
        - "What is the PSED?" (1 December 2026, kept a day in case you rate the answer)
        Passed on to your EDI Contacts: 1
        - "Can my dog come to the office?" (1 December 2026, replied)
        Say "delete my data" to delete all of it.""", MyData.shown(kept));
    assertEquals("Deleted: 1 screening records, 1 conversations, 1 ratings, 2 questions and 1 passed on to the EDI Contacts. "
        + "Signpost keeps nothing more about you here.", MyData.deleted(kept));
  }

  @Test
  void past_the_listed_items_the_rest_are_counted() {
    Instant time = Instant.parse("2026-12-01T09:00:00Z");
    List<PersonalData.Rating> ratings = java.util.stream.IntStream.range(0, MyData.LISTED + 3)
        .mapToObj(i -> new PersonalData.Rating("web-" + i, false, time)).toList();

    String shown = MyData.shown(new PersonalData.Kept(List.of(), 0, ratings, List.of()));

    assertEquals(MyData.LISTED, shown.lines().filter(line -> line.startsWith("- 👎")).count());
    assertEquals(true, shown.contains("\n- and 3 more\n"), shown);
  }

  @Test
  void a_long_question_is_listed_by_its_beginning() {
    String question = "word ".repeat(60).strip();
    PersonalData.Kept kept = new PersonalData.Kept(List.of(), 0, List.of(),
        List.of(new PersonalData.Question(question, Unanswered.DISLIKED, Instant.parse("2026-12-01T09:00:00Z"))));

    String line = MyData.shown(kept).lines().filter(l -> l.startsWith("- \"")).findFirst().orElseThrow();

    assertEquals("- \"" + question.substring(0, MyData.EXCERPT - 3).strip() + "...\" (1 December 2026, rated not helpful, "
        + "logged for the EDI team)", line);
  }
}
