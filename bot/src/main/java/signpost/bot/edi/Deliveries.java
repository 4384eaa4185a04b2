package signpost.bot.edi;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The channels that deliver replies to askers, each added as it starts and removed as it stops, so that what does not
 * know the channels (the admin page) can deliver a reply wherever the question came from.
 */
public final class Deliveries implements ReplyDelivery {

  private final List<ReplyDelivery> channels = new CopyOnWriteArrayList<>();

  /** Adds a channel's delivery. */
  public void add(ReplyDelivery channel) {
    channels.add(channel);
  }

  /** Removes a channel's delivery, e.g. when the channel stops. */
  public void remove(ReplyDelivery channel) {
    channels.remove(channel);
  }

  /**
   * Delivers the reply through the first channel that reaches its place; false when none does (that channel is not
   * running here).
   */
  @Override
  public boolean deliver(Handoff handoff) {
    for (ReplyDelivery channel : channels) if (channel.deliver(handoff)) return true;
    return false;
  }
}
