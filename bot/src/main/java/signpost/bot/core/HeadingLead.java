package signpost.bot.core;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import signpost.knowledge.Passage;

/**
 * Keeps what a passage's heading says and its text does not: a date (the actions under "By the end of March 2023, we
 * will have" are quoted after that heading, so the date they belong to is not lost), or what a bare list is about
 * ("- Chair: Gareth Lowther ..." under "Armed Forces Network").
 */
final class HeadingLead {

  private static final Pattern DATE = Pattern.compile(
      "\\b(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\\s+)?(?:19|20)\\d{2}\\b");

  private HeadingLead() {}

  /**
   * Returns "heading:\n" when the passage's own heading holds a date its text lacks, or the passage is a list with
   * nothing before its first item to say what it lists; else "".
   */
  static String lead(Passage passage) {
    List<String> section = passage.section();
    if (section == null || section.isEmpty()) return "";
    String heading = section.get(section.size() - 1).strip();
    Matcher date = DATE.matcher(heading);
    boolean dated = date.find() && !passage.text().contains(date.group());
    boolean bareList = passage.text().startsWith("- ") && !heading.isEmpty();
    if (!dated && !bareList) return "";
    return heading.endsWith(":") ? heading + "\n" : heading + ":\n";
  }
}
