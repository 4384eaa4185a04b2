package signpost.bot.conversation;

/** What became of a screening with a message, as {@link Dialogue} reports it (for counting; nothing of its content). */
public enum ScreeningEvent {
  /** A manager's question about a change opened a guided screening. */
  STARTED,
  /** Nothing is left to ask: the screening has its verdict and record. */
  COMPLETED,
  /** The manager dropped it ("never mind"); it is kept as abandoned. */
  ABANDONED
}
