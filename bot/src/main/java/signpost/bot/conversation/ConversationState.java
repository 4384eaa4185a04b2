package signpost.bot.conversation;

import java.time.Instant;
import java.util.Objects;

/**
 * What Signpost remembers of one conversation between messages: whose it is, the screening it is filling, the
 * question it last asked and the question the person last asked. Kept in the database, so any replica can take the
 * next message.
 *
 * @param key where the conversation happens, e.g. {@code "slack:T01:C02:1700000000.000100"},
 *     {@code "teams:a:1Xyz"}, {@code "web:3f1c..."}, {@code "api:..."}, {@code "cli:c01"}
 * @param owner the pseudonymous id of the person talking (never a name)
 * @param organisation the organisation id, or null
 * @param updated when the last message arrived
 * @param screening the reference of the screening it is filling, or null when none is open
 * @param pending the name of the screening question Signpost asked last and awaits an answer to, or null
 * @param asked the question the person last asked in it, redacted, so "ask a person" can offer to pass it on to the
 *     EDI Contacts; null when none was asked
 */
public record ConversationState(String key, String owner, String organisation, Instant updated, String screening,
                                String pending, String asked) {

  public ConversationState {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(updated, "updated");
  }
}
