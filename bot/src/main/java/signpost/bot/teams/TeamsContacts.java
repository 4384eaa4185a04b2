package signpost.bot.teams;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import signpost.bot.edi.ContactsChannel;
import signpost.bot.edi.Handoff;

/**
 * The organisations' EDI Contacts' Teams channels ({@code SIGNPOST_EDI_CONTACTS_TEAMS}) for questions passed on from the
 * web chat: posted as a proactive message with the same reply box and "Reply" as a question from Teams, so the contacts
 * reply there and the reply reaches the asker through the deliveries. The post is a call to the Bot Framework connector
 * (its token and timeouts), made on a small pool of its own, never on the web chat's request thread; at most
 * {@link #QUEUE} wait, beyond which a post fails at once.
 */
final class TeamsContacts implements ContactsChannel, AutoCloseable {

  static final int QUEUE = 100;

  private final Answering answering;
  private final Proactive proactive;
  private final ThreadPoolExecutor posts = new ThreadPoolExecutor(2, 2, 0, TimeUnit.MILLISECONDS,
      new ArrayBlockingQueue<>(QUEUE), task -> {
        Thread thread = new Thread(task, "signpost-teams-contacts");
        thread.setDaemon(true);
        return thread;
      });

  TeamsContacts(Answering answering, Proactive proactive) {
    this.answering = answering;
    this.proactive = proactive;
  }

  @Override
  public String name() {
    return "Teams";
  }

  @Override
  public boolean reaches(String organisation) {
    return answering.contactsAddress(organisation) != null;
  }

  /** Completes exceptionally with the connector's exception, or a {@link TeamsException} when too many posts wait. */
  @Override
  public CompletableFuture<Void> post(Handoff handoff) {
    String address = answering.contactsAddress(handoff.organisation());
    if (address == null) throw new IllegalArgumentException("no EDI Contacts channel in Teams for " + handoff.organisation());
    int at = address.lastIndexOf('@');
    try {
      return CompletableFuture.runAsync(() -> proactive.send(address.substring(0, at), address.substring(at + 1),
          AskContacts.forContacts(handoff)), posts);
    } catch (RejectedExecutionException e) {
      return CompletableFuture.failedFuture(new TeamsException(QUEUE + " posts to the EDI Contacts are already waiting", e));
    }
  }

  /** Stops taking posts; those under way finish on their daemon threads within the connector's timeouts. */
  @Override
  public void close() {
    posts.shutdown();
  }
}
