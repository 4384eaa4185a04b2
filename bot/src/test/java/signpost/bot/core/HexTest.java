package signpost.bot.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** Hexadecimal text reads as the JDK reads it, whole or in part, and anything else is refused. */
class HexTest {

  @Test
  void hexadecimal_text_reads_as_the_jdk_reads_it() {
    String digest = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    for (String hex : new String[] {digest, digest.toUpperCase(), "", "00ff7fA0"}) {
      assertArrayEquals(HexFormat.of().parseHex(hex), Hex.bytes(hex), hex);
    }
    assertArrayEquals(HexFormat.of().parseHex(digest), Hex.bytes("v0=" + digest, 3, 67));
  }

  @Test
  void anything_else_is_refused() {
    for (String bad : new String[] {"abc", "zz", "0g", "-1", "\u0661\u0662", "v0=ab"}) {
      assertThrows(IllegalArgumentException.class, () -> Hex.bytes(bad), bad);
    }
    assertThrows(IllegalArgumentException.class, () -> Hex.bytes("v0=abc", 3, 6));
  }
}
