package signpost.bot.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import signpost.bot.edi.Handoff;
import signpost.bot.edi.Handoffs;
import signpost.bot.web.HandoffOffers;
import signpost.bot.web.WebReplies;
import signpost.bot.web.WebSession;

/**
 * The web chat's questions (and reports of harm) passed on to the EDI Contacts, for the person with the session cookie only (else 401).
 * {@code GET /api/handoffs} lists theirs, newest first, each with the reply once one has come; {@code POST
 * /api/handoffs} with {@code {"offer": "<token>"}} is the consent to an offer an answer carried, made to this session
 * (else 403): the hand-off is kept and passed on (to the contacts' channel, else by e-mail), and the answer (201) comes
 * once it is there, or 503 when it could not get there. It is passed on off the request thread, which does not wait:
 * the request waits without a thread, at most {@link #WAIT_MILLIS}, after which it answers 202 (still on its way).
 */
final class HandoffsServlet extends HttpServlet {

  private static final Logger LOG = LoggerFactory.getLogger(HandoffsServlet.class);
  static final long WAIT_MILLIS = 30_000;
  static final String ON_ITS_WAY = "Your question is on its way to the EDI Contacts. Their reply will appear here, in "
      + "this browser, until you close it.";
  static final String REPORT_ON_ITS_WAY = "Your message is on its way to the EDI Contacts. Their reply will appear here, "
      + "in this browser, until you close it.";

  private final transient Assistant assistant;
  private final transient WebHandoffs web;

  HandoffsServlet(Assistant assistant, WebHandoffs web) {
    this.assistant = assistant;
    this.web = web;
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Optional<String> owner = owner(request, response);
    if (owner.isEmpty()) return;
    ObjectNode body = JsonResponses.MAPPER.createObjectNode();
    ArrayNode list = body.putArray("handoffs");
    for (Handoff handoff : assistant.handoffs().askedBy(owner.get(), WebReplies.PLACE)) list.add(WebHandoffs.json(handoff));
    response.setHeader("Cache-Control", "no-store");
    JsonResponses.write(response, 200, body);
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Optional<String> owner = owner(request, response);
    if (owner.isEmpty()) return;
    JsonNode body = JsonResponses.readObject(request, response, "{\"offer\": \"<token>\"}");
    if (body == null) return;
    if (!body.path("offer").isTextual()) {
      JsonResponses.error(response, 400, "expected {\"offer\": \"<token>\"}, the offer's token an answer carried");
      return;
    }
    Optional<HandoffOffers.Offer> offer = web.accepted(body.get("offer").asText(), owner.get());
    if (offer.isEmpty()) {
      JsonResponses.error(response, 403, "that offer was not made in this browser session, or is over a day old");
      return;
    }
    if (!web.passesOn(offer.get().organisation())) {
      JsonResponses.error(response, 409, "your organisation's EDI Contacts can no longer be asked from here");
      return;
    }
    CompletableFuture<WebHandoffs.Passed> passing = web.consented(offer.get(), owner.get());
    AsyncContext async = request.startAsync();
    async.setTimeout(WAIT_MILLIS);
    AtomicBoolean answered = new AtomicBoolean();
    async.addListener(new AsyncListener() {
      @Override
      public void onTimeout(AsyncEvent event) throws IOException {
        boolean report = offer.get().kind() == Handoff.Kind.DISCLOSURE;
        if (answered.compareAndSet(false, true)) finish(async, 202, message(report ? REPORT_ON_ITS_WAY : ON_ITS_WAY));
      }

      @Override
      public void onComplete(AsyncEvent event) {}

      @Override
      public void onError(AsyncEvent event) {}

      @Override
      public void onStartAsync(AsyncEvent event) {}
    });
    passing.whenComplete((passed, failure) -> {
      if (!answered.compareAndSet(false, true)) return;
      if (failure != null) LOG.error("A web chat question for the EDI Contacts could not be passed on: {}", failure.toString());
      try {
        if (failure == null && passed.handoff() != null) {
          finish(async, 201, message(passed.text()).set("handoff", WebHandoffs.json(passed.handoff())));
        } else {
          String sorry = failure == null ? passed.text() : Handoffs.notSent(offer.get().kind());
          finish(async, 503, JsonResponses.MAPPER.createObjectNode().put("error", sorry).put("status", 503));
        }
      } catch (IOException e) {
        LOG.warn("The outcome of a web chat hand-off could not be sent to the browser: {}", e.toString());
      }
    });
  }

  private static ObjectNode message(String text) {
    return JsonResponses.MAPPER.createObjectNode().put("text", text);
  }

  private static void finish(AsyncContext async, int status, ObjectNode body) throws IOException {
    try {
      JsonResponses.write((HttpServletResponse) async.getResponse(), status, body);
    } finally {
      async.complete();
    }
  }

  /** Returns the session's person, or empty after answering 401 when the request carries no session cookie. */
  private Optional<String> owner(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Optional<String> session = WebSession.of(request);
    if (session.isEmpty()) {
      JsonResponses.error(response, 401, "questions passed on from the web chat are its session's: open them from the web chat");
      return Optional.empty();
    }
    return Optional.of(assistant.owner(Callers.WEB, session.get()));
  }
}
