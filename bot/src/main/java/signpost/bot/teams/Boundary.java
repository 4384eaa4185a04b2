package signpost.bot.teams;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the Teams channel's failures end: each is logged once with its cause and becomes a status, and a person
 * who asked gets a polite reply, never a stack trace. Question text is never logged.
 */
final class Boundary {

  private static final Logger LOG = LoggerFactory.getLogger(Boundary.class);

  static final String SORRY = "Sorry, I couldn't answer that just now. Please try again in a minute, or ask your EDI team.";
  static final String UNAUTHENTICATED = "the request is not from the Bot Framework: its token is missing or not valid";

  private Boundary() {}

  /** Logs a turn that failed, and apologises to whoever asked or pressed a button. */
  static void turnFailed(Turn turn, Throwable failure) {
    Throwable cause = unwrap(failure);
    Incoming.Kind kind = turn.incoming().kind();
    LOG.error("Teams: a {} activity failed: {}", kind, cause.toString(), cause);
    try {
      if (kind == Incoming.Kind.INVOKE) turn.respond(200, InvokeReplies.message(SORRY));
      else if (kind == Incoming.Kind.MESSAGE) turn.reply(Outgoing.text(SORRY));
    } catch (RuntimeException e) {
      LOG.warn("Teams: the apology failed too: {}", unwrap(e).toString());
    }
  }

  /** Returns 401 for a request whose token is missing or not valid; the reason goes to the log only. */
  static Outcome unauthenticated(Throwable cause) {
    LOG.warn("Teams: refused an activity with 401: {}", cause.toString());
    return Outcome.error(401, UNAUTHENTICATED);
  }

  /** Returns 500 for a failure outside any turn, logged with its cause. */
  static Outcome failed(Throwable cause) {
    LOG.error("Teams: an activity could not be handled: {}", cause.toString(), cause);
    return Outcome.error(500, "internal error");
  }

  /** Returns the failure inside the SDK's and the JDK's wrappers. */
  static Throwable unwrap(Throwable failure) {
    Throwable cause = failure;
    while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause;
  }
}
