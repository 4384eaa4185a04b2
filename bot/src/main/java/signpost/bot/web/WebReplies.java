package signpost.bot.web;

import signpost.bot.conversation.ConversationIds;
import signpost.bot.edi.Handoff;
import signpost.bot.edi.ReplyDelivery;

/**
 * Delivers the EDI Contacts' replies to askers in the web chat. A browser cannot be sent a message, so the reply stays
 * in the hand-off's row in the database, where whoever records it (the contacts' channel, the admin page) puts it; the
 * page fetches its session's replies ({@code GET /api/handoffs}) from whichever replica it reaches. Delivering therefore
 * only claims the web chat's places.
 */
public final class WebReplies implements ReplyDelivery {

  /** How a web chat conversation's hand-off names where its reply goes, before the conversation's id. */
  public static final String PLACE = "web:";

  /** Returns where the reply to a question asked in this web chat conversation goes. */
  public static String place(String conversation) {
    if (!ConversationIds.valid(conversation)) throw new IllegalArgumentException("not a conversation id: " + conversation);
    return PLACE + conversation;
  }

  /** Returns true for a hand-off asked in the web chat: its reply is kept with it for the page to fetch. */
  @Override
  public boolean deliver(Handoff handoff) {
    String replyTo = handoff.replyTo();
    return replyTo.startsWith(PLACE) && ConversationIds.valid(replyTo.substring(PLACE.length()));
  }
}
