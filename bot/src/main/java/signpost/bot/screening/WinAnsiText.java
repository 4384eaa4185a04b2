package signpost.bot.screening;

import java.text.Normalizer;
import org.apache.pdfbox.pdmodel.font.encoding.GlyphList;
import org.apache.pdfbox.pdmodel.font.encoding.WinAnsiEncoding;

/**
 * Makes text drawable in a Standard 14 font with WinAnsi encoding, which holds Western European letters,
 * typographic quotes and dashes but not, say, Welsh ŵ, Chinese or emoji. Drawing a character outside it would
 * fail, so each one is replaced: by the letters it is made of where those can be drawn ("ŵ" becomes "w", "ﬁ" becomes
 * "fi"), otherwise by "?". Marks that draw nothing (variation selectors, zero-width joiners, soft hyphens) are
 * dropped, and every kind of space or line break becomes a space.
 */
final class WinAnsiText {

  private static final GlyphList GLYPHS = GlyphList.getAdobeGlyphList();

  private WinAnsiText() {}

  /** Returns the text with every character drawable in WinAnsi. */
  static String clean(String text) {
    StringBuilder out = new StringBuilder(text.length());
    Normalizer.normalize(text, Normalizer.Form.NFC).codePoints().forEach(c -> out.append(replace(c)));
    return out.toString();
  }

  private static String replace(int c) {
    if (Character.isWhitespace(c) || Character.isSpaceChar(c)) return " ";
    if (drawsNothing(c)) return "";
    if (drawable(c)) return Character.toString(c);
    StringBuilder parts = new StringBuilder();
    Normalizer.normalize(Character.toString(c), Normalizer.Form.NFKD).codePoints()
        .filter(WinAnsiText::drawable).forEach(parts::appendCodePoint);
    return parts.length() == 0 ? "?" : parts.toString();
  }

  private static boolean drawable(int c) {
    return c >= ' ' && WinAnsiEncoding.INSTANCE.contains(GLYPHS.codePointToName(c));
  }

  private static boolean drawsNothing(int c) {
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT
        || type == Character.CONTROL;
  }
}
