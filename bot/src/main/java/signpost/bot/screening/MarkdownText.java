package signpost.bot.screening;

import java.util.regex.Pattern;

/**
 * Escapes text for Markdown (CommonMark with GitHub tables), so a manager's words show as written and cannot
 * break a table, open a list or heading, or make a link, an image or HTML. The text is put on one line first:
 * its line breaks become spaces, so it can stand in a table cell and no line of it starts a block.
 *
 * <p>A bare web address stays the address it is; renderers that turn bare addresses into links show that address
 * as the link's text, so no words can disguise where it goes.
 */
final class MarkdownText {

  /** Characters that mean something anywhere in a line: emphasis, code, links, HTML, entities, cells, headings. */
  private static final String ALWAYS = "\\`*_[]<>|#~&";

  /** What makes a list item, a thematic break or a setext underline when it starts a line. */
  private static final Pattern BLOCK_START = Pattern.compile("^(\\d{1,9}(?=[.)])|(?=[-+=]))");

  private MarkdownText() {}

  /** Returns the text on one line, escaped. */
  static String escape(String text) {
    String line = RecordWords.oneLine(text);
    StringBuilder out = new StringBuilder(line.length() + 16);
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (ALWAYS.indexOf(c) >= 0) out.append('\\');
      out.append(c);
    }
    return BLOCK_START.matcher(out).replaceFirst("$1\\\\");
  }
}
