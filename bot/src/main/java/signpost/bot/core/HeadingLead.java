package signpost.bot.core;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import signpost.knowledge.Passage;

/**
 * Keeps what a passage's heading says and its text does not: a date (the actions under "By the end of March 2023, we
 * will have" are quoted after that heading, so the date they belong to is not lost), or what a bare list is about
 * ("- Chair: Gareth Lowther ..." under "Armed Forces Network"), or who a part of a plan belongs to ("Objective sponsor: Dr
 * Helen Marsh, Director of Public Health" over the objective's text and action table).
 */
final class HeadingLead {

  private static final Pattern DATE = Pattern.compile(
      "\\b(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\\s+)?(?:19|20)\\d{2}\\b");

  /** A heading that names who answers for what follows: "Objective sponsor: ...", "Lead officer: ...", "Chair: ...". */
  private static final Pattern WHOSE = Pattern.compile("(?i)(?:[\\p{L}-]+\\s+){0,3}?(?:sponsor|lead|leads|owner|owners|chair|"
      + "officer|director|contact|champion|responsible|accountable|led by|owned by|chaired by)\\s*:\\s*\\p{Lu}.*");

  /**
   * A numbered part of a plan a passage may lie within: "Objective 3: A workforce that reflects Hallowmere ...", "5.2
   * Objective 2: Getting there without a car".
   */
  private static final Pattern PART = Pattern.compile("(?i)(?:\\d{1,2}(?:\\.\\d{1,2})*\\.?\\s+)?(?:objective|priority|outcome"
      + "|theme|aim|ambition|commitment"
      + "|pillar)\\s+\\d{1,2}\\b.*");

  private HeadingLead() {}

  /**
   * Returns "heading:\n" when the passage's own heading holds a date its text lacks, or the passage is a list with
   * nothing before its first item to say what it lists, or an item the heading leads into ("You do not need an EFIA
   * for:"); "heading\n" when the heading names who answers for the passage
   * and its text does not; else "".
   */
  static String lead(Passage passage) {
    List<String> section = passage.section();
    if (section == null || section.isEmpty()) return "";
    return within(passage, section) + ownLead(passage, section);
  }

  /**
   * Returns "heading\n" of the numbered part of a plan the passage lies within, under a heading of its own ("What we
   * will do" under "Objective 3: A workforce that reflects Hallowmere at every level"), when its text does not name
   * it: the actions quoted are that objective's; else "".
   */
  private static String within(Passage passage, List<String> section) {
    for (int i = section.size() - 2; i >= 0; i--) {
      String heading = section.get(i).strip();
      if (PART.matcher(heading).matches()) return passage.text().contains(heading) ? "" : heading + "\n";
    }
    return "";
  }

  private static String ownLead(Passage passage, List<String> section) {
    String heading = section.get(section.size() - 1).strip();
    if (WHOSE.matcher(heading).matches() && !passage.text().contains(heading)) return heading + "\n";
    Matcher date = DATE.matcher(heading);
    boolean dated = date.find() && !passage.text().contains(date.group());
    boolean bareList = passage.text().startsWith("- ") && !heading.isEmpty();
    // An item of a list its heading leads into: "routine maintenance and repairs ..." under "You do not need an EFIA for:".
    String text = passage.text().strip();
    boolean ledInto = heading.endsWith(":") && !text.isEmpty() && Character.isLowerCase(text.charAt(0));
    if (!dated && !bareList && !ledInto) return "";
    return heading.endsWith(":") ? heading + "\n" : heading + ":\n";
  }
}
