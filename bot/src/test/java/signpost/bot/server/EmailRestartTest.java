package signpost.bot.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import signpost.bot.edi.Handoff;

/**
 * A question passed on by e-mail while the SMTP server is down, and the server stopped before a retry: the
 * next start on the same data folder sends it, with no question asked, once the SMTP server (GreenMail, on loopback) is
 * up, and the hand-off waits for the contacts' reply.
 */
class EmailRestartTest {

  private static final String DOGS = "Can I bring my dog to the office?";

  @Test
  void an_email_pending_when_the_server_stops_is_sent_by_the_next_start() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }
    Map<String, String> settings = new HashMap<>(Map.of("SIGNPOST_DEFAULT_ORG", "cambridgeshire",
        "SIGNPOST_DATA", TestServers.dataFolder().toString(), "SIGNPOST_EDI_CONTACTS_EMAIL",
        "cambridgeshire=edi-contacts@cambridgeshire.gov.uk", "SIGNPOST_SMTP_HOST", "127.0.0.1",
        "SIGNPOST_SMTP_PORT", String.valueOf(port), "SIGNPOST_SMTP_FROM", "signpost@cambridgeshire.gov.uk",
        "SIGNPOST_SMTP_STARTTLS", "false", "SIGNPOST_SMTP_TIMEOUT_SECONDS", "2"));
    settings.putAll(Map.of("SIGNPOST_SMTP_ATTEMPTS", "4", "SIGNPOST_SMTP_RETRY_SECONDS", "5"));

    try (Assistant assistant = Assistant.start(TestServers.config(settings), true);
         SignpostServer server = SignpostServer.start(assistant, TestServers.none())) {
      // As the web chat's consent does (a request in flight would hold the graceful stop for its 30 s).
      assistant.email().pass(assistant.handoffs().draft(Handoff.Kind.QUESTION, "cambridgeshire", "p-1", "web:c-1", DOGS));
      awaitWaiting(assistant, 1);
      // The SMTP server refuses at once: the first try has failed, the next is 5 s away when the server stops.
      TimeUnit.MILLISECONDS.sleep(1000);
    }

    GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    try (Assistant assistant = Assistant.start(TestServers.config(settings), true);
         SignpostServer server = SignpostServer.start(assistant, TestServers.none())) {
      assertTrue(smtp.waitForIncomingEmail(20_000, 1), "the next start sends the e-mail left pending");
      assertTrue(GreenMailUtil.getBody(smtp.getReceivedMessages()[0]).contains("> " + DOGS));
      TimeUnit.MILLISECONDS.sleep(500);
      assertEquals(1, smtp.getReceivedMessages().length);
      assertEquals(List.of(DOGS), assistant.handoffs().waiting("cambridgeshire").stream().map(Handoff::question).toList());
    } finally {
      smtp.stop();
    }
  }

  private static void awaitWaiting(Assistant assistant, int count) throws InterruptedException {
    for (int i = 0; i < 200 && assistant.handoffs().waiting("cambridgeshire").size() < count; i++) {
      TimeUnit.MILLISECONDS.sleep(50);
    }
    assertEquals(count, assistant.handoffs().waiting("cambridgeshire").size());
  }
}
