package signpost.bot.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import signpost.bot.config.Config;
import signpost.bot.config.ConfigException;
import signpost.bot.core.Feedback;
import signpost.bot.core.FeedbackLog;
import signpost.bot.core.Question;
import signpost.bot.edi.Handoff;
import signpost.bot.edi.QuestionGroup;
import signpost.bot.edi.Unanswered;
import signpost.bot.store.TestClock;

class AssistantTest {

  @TempDir Path dir;

  private Config config(String defaultOrganisation) throws IOException {
    Files.writeString(dir.resolve("manifest.yaml"), "organisations:\n  north:\n    name: North Borough Council\n");
    Files.writeString(dir.resolve("plan.md"), "# Plan\n\n## Aims\n\nThe council publishes equality objectives every four years.\n");
    return Config.of(Map.of("SIGNPOST_KNOWLEDGE", dir.toString(), "SIGNPOST_CACHE", "none", "SIGNPOST_PORT", "0",
        "SIGNPOST_DEFAULT_ORG", defaultOrganisation, "SIGNPOST_DATA", dir.resolve("data").toString()));
  }

  @Test
  void the_database_opens_on_first_use_and_closes_with_the_assistant() throws IOException {
    Assistant assistant = Assistant.start(config("north"));
    try {
      assertFalse(Files.exists(dir.resolve("data")), "opened before it was needed");

      assistant.feedback().issued("web-1");

      assertTrue(Files.exists(dir.resolve("data").resolve("signpost.mv.db")));
    } finally {
      assistant.close();
    }
    assertThrows(IllegalStateException.class, assistant::database);
  }

  @Test
  void ratings_and_the_answers_that_may_be_rated_outlive_a_restart() throws IOException {
    try (Assistant before = Assistant.start(config("north"))) {
      before.feedback().issued("web-1");
      before.feedback().issued("web-2");
      before.feedback().record(new Feedback("web-1", true, "web"), "web");
    }

    try (Assistant after = Assistant.start(config("north"))) {
      assertEquals(FeedbackLog.Outcome.RECORDED, after.feedback().record(new Feedback("web-2", false, "web"), "web"));
      assertEquals(List.of(new Feedback("web-1", true, "web"), new Feedback("web-2", false, "web")), after.feedback().all());
    }
  }

  @Test
  void a_server_answers_with_a_curated_answer_from_the_next_question_and_a_one_off_command_does_not() throws IOException {
    String question = "Can I bring my dog to the office?";
    try (Assistant server = Assistant.start(config("north"), true)) {
      assertFalse(server.pipeline().answer(new Question("1", question, "north")).answered());

      server.curated().save("north", question, "Only assistance dogs.", "EDI Contacts", LocalDate.now().plusYears(1));

      assertTrue(server.pipeline().answer(new Question("2", question, "north")).text().startsWith("Only assistance dogs."));
    }
    try (Assistant oneOff = Assistant.start(config("north"))) {
      assertFalse(oneOff.pipeline().answer(new Question("3", question, "north")).answered());
    }
  }

  @Test
  void what_a_server_keeps_is_dated_by_the_clock_it_was_given() throws IOException {
    TestClock clock = new TestClock();
    try (Assistant server = Assistant.start(config("north"), true, clock)) {
      server.questions().record("north", "Is there a knitting club on Fridays?", Unanswered.REFUSED, "web", "asker");
      Handoff handoff = server.handoffs().open("north", "asker", "web:1", "Is there a knitting club on Fridays?");
      server.database().flush();

      Instant now = clock.instant();
      assertEquals(List.of(new QuestionGroup("Is there a knitting club on Fridays?", 1, List.of(1))),
          server.questions().groups("north", now.minus(Duration.ofDays(1)), now.plusSeconds(1)));
      assertEquals(clock.instant(), handoff.created());
      assertEquals(clock, server.clock());
    }
  }

  @Test
  void a_default_organisation_given_by_name_is_served_as_its_id() throws IOException {
    try (Assistant assistant = Assistant.start(config("north BOROUGH council"))) {
      assertEquals("north", assistant.config().defaultOrganisation());
    }
  }

  @Test
  void an_unknown_default_organisation_stops_start_up_listing_the_known_ones() throws IOException {
    ConfigException e = assertThrows(ConfigException.class, () -> Assistant.start(config("Atlantis")));

    assertEquals("SIGNPOST_DEFAULT_ORG names unknown organisation: Atlantis; known: north", e.getMessage());
  }
}
