package signpost.bot.conversation;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * Makes conversation ids for channels that have none of their own (the web chat, {@code /api/ask}, the terminal):
 * 128 random bits as 22 URL-safe characters. To an API client the id is also its secret, so it must be unguessable.
 */
public final class ConversationIds {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();
  /** An id a client may present: at least as long as one issued here, URL-safe, and short enough to store. */
  private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{22,128}");

  private ConversationIds() {}

  /** Returns a new id. */
  public static String next() {
    byte[] bits = new byte[16];
    RANDOM.nextBytes(bits);
    return ENCODE.encodeToString(bits);
  }

  /** Returns true when the text has the shape of an id: 22 to 128 letters, digits, {@code -} or {@code _}. */
  public static boolean valid(String text) {
    return text != null && SHAPE.matcher(text).matches();
  }
}
