package signpost.bot.eval;

import java.text.Normalizer;
import java.util.Locale;

/** Text comparison as the evaluation defines it: NFKC, plain quotes and dashes, folded space, lower case. */
final class Text {

  private Text() {}

  static String norm(String s) {
    String t = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKC)
        .replace('\u2018', '\'').replace('\u2019', '\'').replace('\u201c', '"').replace('\u201d', '"')
        .replace('\u2013', '-').replace('\u2014', '-').replace('\u2212', '-').replace('\u00a0', ' ');
    return t.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
  }

  /** Returns a document's file name without folder or extension, normalised. */
  static String stem(String document) {
    String base = document == null ? "" : document.substring(document.replace('\\', '/').lastIndexOf('/') + 1);
    int dot = base.lastIndexOf('.');
    return norm(dot >= 0 ? base.substring(0, dot) : base);
  }
}
