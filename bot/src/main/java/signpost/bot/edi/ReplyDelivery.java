package signpost.bot.edi;

/**
 * Delivers an EDI Contact's reply to the person who asked, in their own Slack thread or Teams chat, attributed to the
 * {@link Handoffs#ROLE}. Each channel delivers to its own places; a reply written on the admin page reaches the asker
 * through here exactly as one written in the contacts' channel does.
 */
@FunctionalInterface
public interface ReplyDelivery {

  /**
   * Delivers the hand-off's reply to where {@link Handoff#replyTo()} names, and returns true; returns false, delivering
   * nothing, when that place is not this channel's.
   *
   * @throws RuntimeException the channel's own exception when the place is this channel's but the reply could not be
   *     delivered
   */
  boolean deliver(Handoff handoff);
}
