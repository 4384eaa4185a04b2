package signpost.bot.teams;

/**
 * Makes text safe to show in Teams, whose cards and messages read Markdown: a document's {@code [official
 * portal](https://evil.example)}, reference links ({@code [portal][1]} with {@code [1]: https://...}) and their
 * definitions stop being links. A zero-width space between a {@code ]} and the {@code (}, {@code [} or {@code :} after
 * it breaks each link form, so the words and the address both show as written and nothing else about the text
 * changes; bare addresses stay visible as what they are.
 */
final class CardMarkdown {

  static final char BREAK = '\u200B';

  private CardMarkdown() {}

  /** Returns the text with no Markdown link left in it. */
  static String inert(String text) {
    if (text == null) return null;
    // Each "]" found by indexOf (a vectorised search), not a pattern tried at every character of a long summary.
    StringBuilder out = null;
    int from = 0;
    for (int at = text.indexOf(']'); at >= 0 && at + 1 < text.length(); at = text.indexOf(']', at + 1)) {
      char next = text.charAt(at + 1);
      if (next != '(' && next != '[' && next != ':') continue;
      if (out == null) out = new StringBuilder(text.length() + 8);
      out.append(text, from, at + 1).append(BREAK);
      from = at + 1;
    }
    return out == null ? text : out.append(text, from, text.length()).toString();
  }
}
