package signpost.bot.conversation;

import java.util.Objects;

/**
 * A message as a channel received it.
 *
 * @param conversation where it was said, e.g. {@code "slack:T01:C02:1700000000.000100"}, or null for a question
 *     that stands alone
 * @param owner the pseudonymous id of the person who said it
 * @param id the channel's id for the message, or null
 * @param text the message
 * @param organisation the organisation id, or null
 */
public record Inbound(String conversation, String owner, String id, String text, String organisation) {

  public Inbound {
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(text, "text");
  }
}
