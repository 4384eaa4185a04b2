package signpost.bot.edi;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The channels running here that reach organisations' EDI Contacts, each added as it starts and removed as it stops, so
 * that a channel without a contacts channel of its own (the web chat) can pass a question on to one.
 */
public final class ContactsChannels {

  private final List<ContactsChannel> channels = new CopyOnWriteArrayList<>();

  /** Adds a channel. */
  public void add(ContactsChannel channel) {
    channels.add(channel);
  }

  /** Removes a channel, e.g. when it stops. */
  public void remove(ContactsChannel channel) {
    channels.remove(channel);
  }

  /** Returns the first channel running here that reaches the organisation's EDI Contacts. */
  public Optional<ContactsChannel> reaching(String organisation) {
    return channels.stream().filter(channel -> channel.reaches(organisation)).findFirst();
  }
}
