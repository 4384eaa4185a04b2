package signpost.bot.core;

/**
 * Hexadecimal text read as bytes: what {@code HexFormat.parseHex} returns, at a tenth of its cost (it reads through
 * {@code CharSequence} with checks for each digit, which was a tenth of a repeated Slack answer's time, once in its
 * signature and once in its id). Only ASCII digits: {@link Character#digit} takes other scripts' digits too.
 */
public final class Hex {

  private Hex() {}

  /**
   * Returns the bytes the hexadecimal digits spell.
   *
   * @throws IllegalArgumentException when the text is not an even number of hexadecimal digits
   */
  public static byte[] bytes(String hex) {
    return bytes(hex, 0, hex.length());
  }

  /**
   * Returns the bytes the hexadecimal digits from {@code from} (inclusive) to {@code to} spell.
   *
   * @throws IllegalArgumentException when that is not an even number of hexadecimal digits
   */
  public static byte[] bytes(String hex, int from, int to) {
    int digits = to - from;
    if (digits % 2 != 0) throw new IllegalArgumentException("hexadecimal bytes have an even number of digits, not " + digits);
    byte[] bytes = new byte[digits / 2];
    for (int i = 0; i < bytes.length; i++) {
      int high = digit(hex.charAt(from + 2 * i));
      int low = digit(hex.charAt(from + 2 * i + 1));
      if (high < 0 || low < 0) throw new IllegalArgumentException("not hexadecimal: " + hex.substring(from, to));
      bytes[i] = (byte) (high << 4 | low);
    }
    return bytes;
  }

  /** Returns the value of an ASCII hexadecimal digit, or -1. */
  private static int digit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  }
}
