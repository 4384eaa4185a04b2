package signpost.bot.teams;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/** Failures end here: logged once, and whoever asked gets an apology rather than an error or silence. */
class BoundaryTest {

  /** A turn that records what it is asked to send, and can refuse to send anything. */
  private static final class Recorded implements Turn {
    final Incoming incoming;
    final boolean broken;
    final List<String> sent = new ArrayList<>();

    Recorded(String fixture, boolean broken) {
      this.incoming = Incoming.of(TeamsFixture.load(fixture));
      this.broken = broken;
    }

    @Override
    public Incoming incoming() {
      return incoming;
    }

    @Override
    public void typing() {
      send("typing");
    }

    @Override
    public void reply(Outgoing message) {
      send("reply: " + message.text());
    }

    @Override
    public void respond(int status, JsonNode body) {
      send(status + " " + body);
    }

    private void send(String what) {
      if (broken) throw new CompletionException(new IllegalStateException("connector gone"));
      sent.add(what);
    }
  }

  @Test
  void a_failed_message_is_apologised_for_in_the_thread() {
    Recorded turn = new Recorded("personal-message.json", false);

    Boundary.turnFailed(turn, new CompletionException(new IllegalStateException("index closed")));

    assertEquals(List.of("reply: " + Boundary.SORRY), turn.sent);
  }

  @Test
  void a_failed_invoke_is_answered_with_a_polite_message() {
    Recorded turn = new Recorded("adaptive-card-action.json", false);

    Boundary.turnFailed(turn, new IllegalStateException("rules gone"));

    assertEquals(List.of("200 " + InvokeReplies.message(Boundary.SORRY)), turn.sent);
  }

  @Test
  void a_failed_welcome_is_only_logged_and_a_failed_apology_does_not_escape() {
    Recorded welcome = new Recorded("conversation-update-bot-added.json", false);
    Recorded broken = new Recorded("personal-message.json", true);

    Boundary.turnFailed(welcome, new IllegalStateException("connector gone"));
    Boundary.turnFailed(broken, new IllegalStateException("connector gone"));

    assertEquals(List.of(), welcome.sent);
    assertEquals(List.of(), broken.sent);
  }

  @Test
  void failures_are_unwrapped_from_the_sdks_futures() {
    IllegalStateException cause = new IllegalStateException("root");

    assertEquals(cause, Boundary.unwrap(new CompletionException(new CompletionException(cause))));
  }
}
