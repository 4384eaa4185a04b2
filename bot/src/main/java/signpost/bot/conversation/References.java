package signpost.bot.conversation;

import java.security.SecureRandom;

/**
 * Makes screening references: "SCR-" and 16 characters of Crockford's base 32 (80 random bits) in groups of four,
 * easy to read aloud and impossible to guess. A reference names a record; it grants nothing by itself.
 */
public final class References {

  private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
  private static final SecureRandom RANDOM = new SecureRandom();

  private References() {}

  public static String next() {
    StringBuilder out = new StringBuilder("SCR");
    for (int i = 0; i < 16; i++) {
      if (i % 4 == 0) out.append('-');
      out.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
    }
    return out.toString();
  }

  private static final java.util.regex.Pattern IN_TEXT =
      java.util.regex.Pattern.compile("(?i)\\bSCR(?:-[0-9A-HJKMNP-TV-Z]{4}){4}\\b");

  /** Returns the first reference the text holds, in upper case. */
  public static java.util.Optional<String> find(String text) {
    java.util.regex.Matcher m = IN_TEXT.matcher(text);
    return m.find() ? java.util.Optional.of(m.group().toUpperCase(java.util.Locale.ROOT)) : java.util.Optional.empty();
  }

  /** Returns true when the text has the shape of a reference, in any case. */
  public static boolean looksLikeOne(String text) {
    return text != null && text.strip().toUpperCase(java.util.Locale.ROOT)
        .matches("SCR(-[0-9A-HJKMNP-TV-Z]{4}){4}");
  }
}
