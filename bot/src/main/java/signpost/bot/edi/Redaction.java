package signpost.bot.edi;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes personal details from a question before it is logged: e-mail addresses, UK telephone numbers, Slack
 * mentions, and names of people where they can be told apart from other capitalised words. A name is recognised
 * after an honorific ("Dr Patel"), after "my name is", "called" or "named", as a known person of an organisation
 * file, or as a listed given name followed by a capitalised word ("Sarah Jones"). Other names (a surname alone, a
 * given name not listed or alone, a name written in lower case after an honorific) are not recognised: the limits are
 * stated in docs/privacy.md.
 */
public final class Redaction {

  public static final String EMAIL = "[email]";
  public static final String PHONE = "[phone]";
  public static final String NAME = "[name]";

  private static final Pattern EMAIL_ADDRESS = Pattern.compile("[\\p{L}0-9._%+'-]+@[\\p{L}0-9-]+(?:\\.[\\p{L}0-9-]+)+");
  private static final Pattern MENTION = Pattern.compile("<@[A-Z0-9]+(?:\\|[^>]*)?>");
  private static final String CAPITALISED = "\\p{Lu}[\\p{L}'’-]+";
  private static final Pattern HONORIFIC = Pattern.compile("\\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Dame|Cllr|"
      + "Councillor|Rev|Revd)\\.?\\s+" + CAPITALISED + "(?:\\s+" + CAPITALISED + "){0,2}");
  private static final Pattern MY_NAME = Pattern.compile("(?i:\\bmy\\s+name\\s+is|\\bi\\s+am\\s+called|\\bi'?m\\s+called)"
      + "\\s+[\\p{L}'’-]+(?:\\s+" + CAPITALISED + ")?");
  private static final Pattern CALLED = Pattern.compile("(?i:\\bcalled|\\bnamed)\\s+" + CAPITALISED + "(?:\\s+" + CAPITALISED + ")?");
  private static final Pattern NAME_FOLLOWS = Pattern.compile("(?i)\\bis\\s+|\\bcalled\\s+");
  private static final Pattern PAIR = Pattern.compile("\\b(\\p{Lu}\\p{Ll}+)\\s+" + CAPITALISED);

  /** The known names a pattern was made for, and the pattern (null when there are none). */
  private record Known(Collection<String> names, Pattern pattern) {}

  /** How many questions' redactions are remembered: an answered question is redacted again each time it is asked. */
  static final int REMEMBERED = 1_024;

  private final Supplier<? extends Collection<String>> knownNames;
  private final Set<String> givenNames;
  private volatile Known known = new Known(List.of(), null);
  /**
   * Recent texts and their redactions under the names of {@link #rememberedFor}, only in memory (the answer cache keeps
   * the same questions); forgotten when the names change. Guarded by itself.
   */
  private final Map<String, String> remembered = new LinkedHashMap<>(64, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
      return size() > REMEMBERED;
    }
  };
  private Known rememberedFor;

  /**
   * @param knownNames the names of people in the organisation files, asked for at each redaction (they reload); each
   *     collection given is not changed afterwards, and the same one while the names stay the same is found at once
   */
  public Redaction(Supplier<? extends Collection<String>> knownNames) {
    this(knownNames, GivenNames.load());
  }

  Redaction(Supplier<? extends Collection<String>> knownNames, Set<String> givenNames) {
    this.knownNames = knownNames;
    this.givenNames = givenNames;
  }

  /**
   * Returns the text with each personal detail found replaced by {@link #EMAIL}, {@link #PHONE} or {@link #NAME}: worked
   * out once for a text asked again while the known names stay the same (matching every known name at each place was
   * half of an answered repeat's time on the request thread).
   */
  public String redact(String text) {
    Known names = known();
    synchronized (remembered) {
      if (rememberedFor != names) {
        remembered.clear();
        rememberedFor = names;
      }
      String out = remembered.get(text);
      if (out != null) return out;
    }
    String out = redact(text, names.pattern());
    synchronized (remembered) {
      if (rememberedFor == names) remembered.put(text, out);
    }
    return out;
  }

  private String redact(String text, Pattern known) {
    String out = EMAIL_ADDRESS.matcher(text).replaceAll(Matcher.quoteReplacement(EMAIL));
    out = PhoneNumbers.redact(out, PHONE);
    out = MENTION.matcher(out).replaceAll(Matcher.quoteReplacement(NAME));
    if (known != null) out = known.matcher(out).replaceAll(Matcher.quoteReplacement(NAME));
    out = HONORIFIC.matcher(out).replaceAll(Matcher.quoteReplacement(NAME));
    out = MY_NAME.matcher(out).replaceAll(m -> Matcher.quoteReplacement(m.group().substring(0, nameStart(m.group())) + NAME));
    out = CALLED.matcher(out).replaceAll(m -> Matcher.quoteReplacement(m.group().substring(0, m.group().indexOf(' ') + 1) + NAME));
    return pairs(out);
  }

  /**
   * Returns the names and one pattern for every known name, longest first, made again only when the names change (a reload): a
   * question is redacted on every answer, so the patterns are not compiled for each.
   */
  private Known known() {
    Collection<String> names = knownNames.get();
    Known made = known;
    if (made.names() == names || made.names().equals(names)) return made;
    List<String> alternatives = names.stream().filter(n -> n != null && !n.isBlank()).map(String::strip).distinct()
        .sorted(Comparator.comparingInt(String::length).reversed())
        .map(n -> Pattern.quote(n).replaceAll("\\s+", "\\\\E\\\\s+\\\\Q")).toList();
    Pattern pattern = alternatives.isEmpty() ? null
        : Pattern.compile("(?iu)(?<![\\p{L}])(?:" + String.join("|", alternatives) + ")(?![\\p{L}])");
    Known fresh = new Known(names, pattern);
    known = fresh;
    return fresh;
  }

  /** Returns where the name begins in a "my name is ..." match: after the phrase's last space before the name. */
  private static int nameStart(String match) {
    Matcher phrase = NAME_FOLLOWS.matcher(match);
    return phrase.find() ? phrase.end() : match.length();
  }

  /**
   * Replaces each listed given name followed by a capitalised word. A pair whose first word is not a given name may
   * still end in one, so the search goes on from its second word: "Does Sarah Jones run it?".
   */
  private String pairs(String text) {
    Matcher m = PAIR.matcher(text);
    StringBuilder out = new StringBuilder();
    int copied = 0;
    int from = 0;
    while (from < text.length() && m.find(from)) {
      if (givenNames.contains(m.group(1))) {
        out.append(text, copied, m.start()).append(NAME);
        copied = m.end();
        from = m.end();
      } else {
        from = m.end(1);
      }
    }
    return out.append(text, copied, text.length()).toString();
  }
}
