package signpost.bot.slack;

import java.util.Optional;

/**
 * Where in Slack a conversation happens, and so its key: a thread in a channel ({@code slack:<team>:<channel>:<thread
 * ts>}, the ts of its first message) or a direct message ({@code slack:<team>:<dm channel>}, every thread of it one
 * conversation).
 *
 * @param team the workspace
 * @param channel the channel or direct message
 * @param thread the ts of the thread Signpost replies in, or null for a direct message's main view
 * @param direct true for a direct message
 */
record Place(String team, String channel, String thread, boolean direct) {

  private static final String PREFIX = "slack:";

  /** Returns the thread of a channel whose first message has {@code threadTs}. */
  static Place thread(String team, String channel, String threadTs) {
    return new Place(team, channel, threadTs, false);
  }

  /** Returns a direct message, replied to in {@code threadTs} when the person wrote in a thread, else in the main view. */
  static Place direct(String team, String channel, String threadTs) {
    return new Place(team, channel, threadTs, true);
  }

  /**
   * Returns the place a key names, when it is in this workspace and channel: a button's value names its conversation,
   * and the team and channel Slack signed must agree with it.
   *
   * @param threadTs the thread the button's message is in, or null; where a direct message's reply goes
   */
  static Optional<Place> of(String key, String team, String channel, String threadTs) {
    if (key == null || team == null || channel == null) return Optional.empty();
    String own = PREFIX + team + ":" + channel;
    if (key.equals(own)) return Optional.of(direct(team, channel, threadTs));
    if (!key.startsWith(own + ":") || key.length() == own.length() + 1) return Optional.empty();
    String thread = key.substring(own.length() + 1);
    return thread.contains(":") ? Optional.empty() : Optional.of(thread(team, channel, thread));
  }

  /**
   * Returns the place a key kept by Signpost itself names (a hand-off's, written from a signed press), without a
   * workspace and channel to check it against.
   *
   * @throws IllegalArgumentException when the key is not a Slack conversation's
   */
  static Place stored(String key) {
    String[] parts = key == null || !key.startsWith(PREFIX) ? new String[0] : key.substring(PREFIX.length()).split(":", -1);
    if (parts.length == 2) return direct(parts[0], parts[1], null);
    if (parts.length == 3) return thread(parts[0], parts[1], parts[2]);
    throw new IllegalArgumentException("not a Slack conversation's key: " + key);
  }

  /** Returns the conversation's key. */
  String key() {
    return direct ? PREFIX + team + ":" + channel : PREFIX + team + ":" + channel + ":" + thread;
  }
}
