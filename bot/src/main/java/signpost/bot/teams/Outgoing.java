package signpost.bot.teams;

/**
 * A message Signpost sends: a card, whose plain text goes with it for clients that show no cards, or text alone.
 *
 * @param text the text of a message without a card, else null
 * @param card the card, or null
 */
record Outgoing(String text, AdaptiveCard card) {

  static Outgoing text(String text) {
    return new Outgoing(text, null);
  }

  static Outgoing card(AdaptiveCard card) {
    return new Outgoing(null, card);
  }
}
