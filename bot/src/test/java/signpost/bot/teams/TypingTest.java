package signpost.bot.teams;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class TypingTest {

  /** A turn that records what it sent, in order; its typing indicator takes {@code sending} to go out. */
  private static class Recorded implements Turn {

    final List<String> sent = new CopyOnWriteArrayList<>();
    final CountDownLatch typingStarted = new CountDownLatch(1);
    final CountDownLatch typingShown = new CountDownLatch(1);
    private final Duration sending;

    Recorded(Duration sending) {
      this.sending = sending;
    }

    @Override
    public Incoming incoming() {
      return Incoming.of(TeamsFixture.load("personal-message.json"));
    }

    @Override
    public void typing() {
      typingStarted.countDown();
      sleep(sending);
      sent.add("typing");
      typingShown.countDown();
    }

    @Override
    public void reply(Outgoing message) {
      sent.add("reply");
    }

    @Override
    public void respond(int status, JsonNode body) {
      sent.add("respond");
    }
  }

  @Test
  void an_answer_ready_before_the_delay_goes_out_without_the_typing_indicator() throws Exception {
    Recorded turn = new Recorded(Duration.ZERO);
    try (Typing typing = Typing.after(turn, Duration.ofMillis(300))) {
      turn.sent.add("answered");
    }
    turn.reply(Outgoing.text("the answer"));
    Thread.sleep(600); // past when the indicator would have been shown
    assertEquals(List.of("answered", "reply"), turn.sent);
  }

  @Test
  void a_slow_answer_has_the_typing_indicator_shown_before_it() throws Exception {
    Recorded turn = new Recorded(Duration.ZERO);
    try (Typing typing = Typing.after(turn, Duration.ofMillis(20))) {
      assertEquals(true, turn.typingShown.await(10, TimeUnit.SECONDS), "the indicator was not shown for a slow answer");
      turn.sent.add("answered");
    }
    turn.reply(Outgoing.text("the answer"));
    assertEquals(List.of("typing", "answered", "reply"), turn.sent);
  }

  @Test
  void an_answer_ready_while_the_indicator_is_being_sent_waits_for_it_so_the_indicator_never_follows_the_answer()
      throws Exception {
    Recorded turn = new Recorded(Duration.ofMillis(300));
    Typing typing = Typing.after(turn, Duration.ZERO);
    turn.typingStarted.await(10, TimeUnit.SECONDS);
    typing.close();
    turn.reply(Outgoing.text("the answer"));
    assertEquals(List.of("typing", "reply"), turn.sent);
  }

  @Test
  void a_failure_to_show_the_indicator_is_not_the_turns_failure() throws Exception {
    CountDownLatch tried = new CountDownLatch(1);
    Turn broken = new Recorded(Duration.ZERO) {
      @Override
      public void typing() {
        tried.countDown();
        throw new TeamsException("the Bot Connector refused the typing indicator");
      }
    };
    try (Typing typing = Typing.after(broken, Duration.ZERO)) {
      assertEquals(true, tried.await(10, TimeUnit.SECONDS));
    }
    // The timer thread survived the failure: the next slow answer still has its indicator.
    Recorded next = new Recorded(Duration.ZERO);
    try (Typing typing = Typing.after(next, Duration.ZERO)) {
      assertEquals(true, next.typingStarted.await(10, TimeUnit.SECONDS));
    }
  }

  private static void sleep(Duration time) {
    try {
      Thread.sleep(time.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
