package signpost.bot.core;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import signpost.knowledge.Passage;

/**
 * Keeps a date that a passage's heading gives and its text does not: the actions under "By the end of March
 * 2023, we will have" are quoted after that heading, so the date they belong to is not lost.
 */
final class HeadingDate {

  private static final Pattern DATE = Pattern.compile(
      "\\b(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\\s+)?(?:19|20)\\d{2}\\b");

  private HeadingDate() {}

  /** Returns "heading:\n" when the passage's own heading holds a date its text lacks; else "". */
  static String lead(Passage passage) {
    List<String> section = passage.section();
    if (section == null || section.isEmpty()) return "";
    String heading = section.get(section.size() - 1).strip();
    Matcher date = DATE.matcher(heading);
    if (!date.find() || passage.text().contains(date.group())) return "";
    return heading.endsWith(":") ? heading + "\n" : heading + ":\n";
  }
}
