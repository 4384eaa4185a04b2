package signpost.bot.admin;

/** Builds the admin page's HTML, escaping every text put into it. */
final class Html {

  private final StringBuilder out = new StringBuilder(8192);

  /** Appends markup as written: only ever constants of this package. */
  Html raw(String markup) {
    out.append(markup);
    return this;
  }

  /** Appends text, escaped for an element or a quoted attribute. */
  Html text(Object text) {
    String s = String.valueOf(text);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return this;
  }

  /** Appends an element holding escaped text, e.g. {@code <td>text</td>}. */
  Html element(String tag, Object text) {
    return raw("<" + tag + ">").text(text).raw("</" + tag.split(" ")[0] + ">");
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
