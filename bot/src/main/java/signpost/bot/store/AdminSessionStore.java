package signpost.bot.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import signpost.bot.admin.AdminSession;
import signpost.bot.admin.Identity;
import signpost.bot.admin.RandomTokens;

/**
 * Keeps the EDI team's sign-ins to {@code /admin}, so that any replica can take the provider's callback or the next
 * request: a sign-in started, taken once by its state, and sessions found by their cookie token, of which only the
 * SHA-256 is kept. What has expired is never returned, and is removed when the next sign-in starts.
 */
public final class AdminSessionStore {

  /** What a started sign-in keeps until its callback. */
  public record Started(String nonce, String verifier) {}

  private final Sql sql;

  AdminSessionStore(Sql sql) {
    this.sql = sql;
  }

  /** Keeps a sign-in sent to the provider under its state, until {@code expires}; removes every expired one first. */
  public void start(String state, Started started, Instant now, Instant expires) {
    sql.update("DELETE FROM admin_sign_in WHERE expires < ?", now);
    sql.update("DELETE FROM admin_session WHERE expires < ?", now);
    sql.update("INSERT INTO admin_sign_in (state, nonce, verifier, expires) VALUES (?, ?, ?, ?)", state, started.nonce(),
        started.verifier(), expires);
  }

  /** Returns the sign-in started with this state and forgets it, so it can be taken once; empty when unknown or expired. */
  public Optional<Started> take(String state, Instant now) {
    Optional<Started> started = sql.one("SELECT nonce, verifier FROM admin_sign_in WHERE state = ? AND expires >= ?",
        row -> new Started(row.getString(1), row.getString(2)), state, now);
    // Another replica may take it between the two: only the one whose DELETE removed the row goes on.
    return started.isPresent() && sql.update("DELETE FROM admin_sign_in WHERE state = ?", state) == 1 ? started : Optional.empty();
  }

  /** Keeps a session under the SHA-256 of its cookie token. */
  public void open(String token, AdminSession session) {
    Identity who = session.identity();
    sql.update("INSERT INTO admin_session (token_hash, subject, display_name, claim_values, csrf, expires) VALUES (?, ?, ?, ?, ?, ?)",
        RandomTokens.digest(token), who.subject(), who.name(), String.join("\n", who.values()), session.csrf(), session.expires());
  }

  /** Returns the session of this cookie token, unless it has expired or was closed. */
  public Optional<AdminSession> find(String token, Instant now) {
    return sql.one("SELECT subject, display_name, claim_values, csrf, expires FROM admin_session WHERE token_hash = ? AND expires > ?",
        row -> new AdminSession(new Identity(row.getString(1), row.getString(2), values(row.getString(3))), row.getString(4),
            Sql.instant(row, "expires")), RandomTokens.digest(token), now);
  }

  /** Ends the session of this cookie token (signing out); returns false when there was none. */
  public boolean close(String token) {
    return sql.update("DELETE FROM admin_session WHERE token_hash = ?", RandomTokens.digest(token)) > 0;
  }

  private static List<String> values(String joined) {
    return joined.isEmpty() ? List.of() : List.of(joined.split("\n"));
  }
}
