package signpost.bot.edi;

/** Why a question is in the log of what staff could not find. */
public enum Unanswered {
  /** Signpost found nothing reliable and said so. */
  REFUSED,
  /** Signpost answered and the asker (or another reader) rated the answer 👎. */
  DISLIKED
}
