package signpost.bot.admin;

import java.time.Instant;
import java.util.List;

/**
 * A signed-in admin's session, kept in the database so that any replica can serve the next request.
 *
 * @param identity who signed in
 * @param csrf the token every form of the page carries, compared on each POST
 * @param expires when the session ends and the admin must sign in again
 */
public record AdminSession(Identity identity, String csrf, Instant expires) {

  /** Returns the values of the role claim this session was signed in with. */
  public List<String> values() {
    return identity.values();
  }
}
