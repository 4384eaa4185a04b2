package signpost.bot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import signpost.bot.server.TestServers;

/** {@code chat} through the real {@link Main} over the shared corpus, typed into its console a line at a time. */
class ChatCommandTest {

  private static final Pattern REFERENCE = Pattern.compile("Screening (SCR(-[0-9A-Z]{4}){4}) is (open|complete)");

  @TempDir static Path cache;

  private static Cli.Run chat(String typed) {
    return Cli.withInput(typed, "chat", "--knowledge", TestServers.corpus().toString(), "--cache", cache.toString(),
        "--org", "cambridgeshire");
  }

  @Test
  void a_screening_is_carried_through_the_conversation_with_quick_replies_and_the_way_to_export_it() {
    Cli.Run run = chat("Do I need an EqIA for cutting day-centre hours?\n"
        + "We would open the day centre three days a week instead of five.\n"
        + "exit\n");

    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().startsWith(ChatCommand.GREETING + System.lineSeparator()), run.out());
    assertTrue(run.out().contains("EqIA: required."), run.out());
    assertTrue(run.out().contains("Who uses it or is affected by it, and roughly how many people?"), run.out());
    assertTrue(run.out().contains("Quick replies (or answer in your own words): Residents | Service users | Staff"), run.out());
    Matcher screenings = REFERENCE.matcher(run.out());
    assertTrue(screenings.find(), run.out());
    String reference = screenings.group(1);
    assertTrue(screenings.find(), "both replies name the screening: " + run.out());
    assertEquals(reference, screenings.group(1), "the second message fills the same screening");
    assertTrue(run.out().contains("Export it with: signpost screening export " + reference + " --format pdf"), run.out());
  }

  @Test
  void exit_ends_the_conversation_and_nothing_after_it_is_answered() {
    Cli.Run run = chat("What is the Public Sector Equality Duty?\nexit\nWho advises on EqIAs?\n");

    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().contains("Public Sector Equality Duty"), run.out());
    assertFalse(run.out().contains("EqIA Super User"), run.out());
  }

  @Test
  void the_end_of_input_ends_it_too_and_blank_lines_are_skipped() {
    Cli.Run run = chat("\n   \n");

    assertEquals(0, run.code(), run.err());
    assertEquals(ChatCommand.GREETING + System.lineSeparator(), run.out());
  }

  @Test
  void an_overlong_message_is_refused_and_the_conversation_goes_on() {
    Cli.Run run = chat("a".repeat(2001) + "\nWhat is the Public Sector Equality Duty?\n");

    assertEquals(0, run.code(), run.err());
    assertTrue(run.err().contains("That message is 2001 characters; the limit is 2000."), run.err());
    assertTrue(run.out().contains("Public Sector Equality Duty"), run.out());
  }

  @Test
  void words_after_chat_are_a_usage_error() {
    Cli.Run run = Cli.run("chat", "hello");

    assertEquals(2, run.code());
    assertTrue(run.err().startsWith("signpost: chat reads its messages from the terminal: [hello]"), run.err());
    assertTrue(run.err().contains(ChatCommand.USAGE), run.err());
  }
}
