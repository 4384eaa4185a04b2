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
  private static final java.util.regex.Pattern LINK_JOIN = java.util.regex.Pattern.compile("\\](?=[(\\[:])");

  private CardMarkdown() {}

  /** Returns the text with no Markdown link left in it. */
  static String inert(String text) {
    if (text == null || text.indexOf(']') < 0) return text;
    return LINK_JOIN.matcher(text).replaceAll("]" + BREAK);
  }
}
