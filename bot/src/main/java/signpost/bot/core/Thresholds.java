package signpost.bot.core;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.DoublePredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The figures a row of an organisation's examples sets as its bounds ("A restructure affecting fewer than 20 posts",
 * "Cost improvement schemes with a QIA risk score of 4 to 7", "a budget saving of £250,000 or more"), and whether a
 * proposal's own figures ("14 posts altogether", "QIA risk score came out at 9", "saves about £180k") fall within them:
 * a row whose bounds a proposal's figure falls outside is not its row, however many words they share.
 */
final class Thresholds {

  /**
   * What a figure counts: posts or staff, a risk score, money, a share cut (of opening hours, say) in per cent, the
   * minutes a time moves by (the end of the school day, say), or the people a service serves ("120 people a day",
   * "more than 200 passengers a day", "affects more than 5,000 consumers"), or the hours a week a service opens cut
   * or changed by ("thats 5 hrs a week less", "by more than 10 hours a week").
   */
  enum Unit { STAFF, SCORE, MONEY, SHARE, MINUTES, USERS, WEEKLY_HOURS, DAYS }

  private Thresholds() {}

  /** A figure, with its scale where one follows as a word of its own ("£180k", "£1.2 million"; not the "m" of "minutes"). */
  private static final String NUMBER = "(\\d[\\d,]*(?:\\.\\d+)?)\\s*(?:(k|m|million)\\b)?";
  /**
   * People served, counted: "passengers", "households", "people a day" (people counted by the day use a service); or the
   * uses they make of it: "250 appointments a week" against "fewer than 200 appointments a week".
   */
  private static final String USER_WORD = "(?:(?:service )?users?|passengers?|customers?|visitors?|residents?|households?"
      + "|appointments|bookings|complainants?|claimants?|applicants?|tenants?|callers?|borrowers?|readers?|donors?"
      + "|clients?|appellants?|enquirers?|families"
      + "|consumers?|patients?|pupils?|learners?|students?|members|children|people\\s+(?:a|per|each)\\s+(?:day|week|wk"
      + "|month|year|yr))\\b";
  /**
   * A span of days, weeks or months: "5 working days", "14 consecutive days", "4 weeks", "3 months"; whether working
   * days, and which.
   */
  private static final String SPAN = "(?:(working)\\s+|(?:consecutive|calendar|clear)\\s+)?(days?|weeks?|months?)";
  /** The same, read as words only (no groups), within a longer pattern. */
  private static final String SPAN_WORDS = "(?:(?:working|consecutive|calendar|clear)\\s+)?(?:days?|weeks?|months?)";
  /** Those who work, by what they are called: "staff", "colleagues", "drivers", "nurses". */
  private static final String WORKERS = "(?:staff|colleagues|drivers|officers|nurses|workers|operatives|cleaners|advisers"
      + "|advisors|wardens|rangers|teachers|crews?)";
  /** Staff counted, by their posts or by what they are called: "14 posts", "fewer than 20 staff", "60 drivers". */
  private static final String STAFF_NOUN = "(?:posts?|roles|jobs|employees|people|fte|" + WORKERS + ")\\b";
  private static final String STAFF_WORD = "(?:staff |fte |)" + STAFF_NOUN;
  /** Staff counted after they are named: "haulage drivers (about 60 of them)", "the cleaners, 14 of them". */
  private static final Pattern TOLD_STAFF_AFTER = Pattern.compile("(?i)\\b" + WORKERS + "\\b[^.?!\\d]{0,25}?\\b(\\d[\\d,]*)"
      + " of (?:them|us)\\b");
  /** Hours a week, told as the change: "thats 5 hrs a week less", "cutting 6 hours a week", "by 8 hours a week". */
  private static final Pattern TOLD_WEEKLY_HOURS = Pattern.compile("(?i)\\b(\\d{1,3}(?:\\.\\d+)?)\\s*(?:hrs?|hours)"
      + " (?:a|per|each) week\\b(?=[^.?!]{0,12}\\b(?:less|fewer|shorter|more|longer|cut|off)\\b)|\\b(?:cut\\w*|reduc\\w*"
      + "|by|los\\w*|lose)\\s+(?:about |around |roughly )?(\\d{1,3}(?:\\.\\d+)?)\\s*(?:hrs?|hours) (?:a|per|each) week\\b");
  /** A proposal's count of staff: "14 posts altogether", "affects 8 staff". */
  private static final Pattern TOLD_STAFF = Pattern.compile("(?i)\\b" + NUMBER + "\\s+(?!" + USER_WORD + ")" + STAFF_WORD);
  /** A proposal's count of people served: "only gets about 120 people a day", "used by 40 households". */
  private static final Pattern TOLD_USERS = Pattern.compile("(?i)\\b" + NUMBER + "\\s+" + USER_WORD);
  /** A proposal's risk score: "QIA risk score came out at 9", "qia score 5". */
  private static final Pattern TOLD_SCORE = Pattern.compile("(?i)\\bscor(?:e|ed|es|ing)\\b[^\\d.?!]{0,20}?(\\d{1,2})\\b");
  /** A proposal's money: "£180k", "£1.2 million". */
  private static final Pattern TOLD_MONEY = Pattern.compile("(?i)£\\s?" + NUMBER);

  /** Hours cut from one figure to another: "open 30 hrs a week and we want to take it down to 28", "from 40 to 36 hours". */
  private static final Pattern TOLD_HOURS = Pattern.compile("(?i)\\b(\\d{1,3}(?:\\.\\d+)?)\\s*(?:hrs?|hours)\\b[^.?!]{0,60}?"
      + "\\b(?:down to|to)\\s+(\\d{1,3}(?:\\.\\d+)?)\\b|\\bfrom\\s+(\\d{1,3}(?:\\.\\d+)?)\\s+to\\s+(\\d{1,3}(?:\\.\\d+)?)"
      + "\\s*(?:hrs?|hours)\\b");
  /**
   * A share cut or raised, told: "cutting the hours by 8%", "reduce them by 15 per cent", "fee going up 4% next april",
   * "a 6% rise"; not a share of something ("around 4% of the grants pot").
   */
  private static final Pattern TOLD_SHARE = Pattern.compile("(?i)\\b(?:by|(?:going|goes|go|went|gone) (?:up|down)|rising"
      + "|rises|rise of|increase of|uplift of|cut of|reduction of)\\s+(?:about |around |roughly |approx\\w* )?"
      + "(\\d{1,2}(?:\\.\\d+)?)\\s*(?:%|per ?cent)|\\b(\\d{1,2}(?:\\.\\d+)?)\\s*(?:%|per ?cent)\\s+(?:rise|increase|uplift"
      + "|cut|reduction|drop|decrease)\\b");

  /** A clock time: "3.10", "4:30", "4pm", "10.30am"; the hour, the minutes and am or pm. */
  private static final String CLOCK = "(\\d{1,2})(?:[.:](\\d\\d))?\\s*([ap]m)?";
  /**
   * A time moved, told by both times: "finish at 3.10 instead of 3.00", "4pm not 4.30", "6pm rather than 7pm", "at 3pm on
   * fridays instead of 5".
   */
  private static final Pattern TOLD_CLOCKS = Pattern.compile("(?i)(?<![\\d.,£])\\b" + CLOCK + "\\s+(?:on \\w+ )?(?:instead of|rather than"
      + "|not)\\s+" + CLOCK + "(?![\\d.,]*\\s*(?:%|per ?cent|hours?|hrs?|minutes?|mins?|posts?|staff|people|pupils|£))");
  /** A time moved, told by how far: "closing 30 mins earlier", "start half an hour later", "an hour earlier". */
  private static final Pattern TOLD_MOVE = Pattern.compile("(?i)\\b(?:(\\d{1,3})\\s*(?:minutes?|mins?)|(half an hour|an hour"
      + "|one hour|(\\d) hours?))\\s+(?:earlier|later|sooner)\\b");

  /** How long a change lasts, told: "shut ... for about 6 weeks", "closed for 2 weeks", "lasting 3 months". */
  private static final Pattern TOLD_DAYS = Pattern.compile("(?i)\\b(?:for|lasting|lasts|last|over)\\s+(?:about |around "
      + "|roughly |approx\\w* |up to |nearly |almost |just under |just over )?(\\d{1,3})\\s+" + SPAN + "\\b");

  /** Returns the figures the text tells, by what they count; empty when it tells none. */
  static Map<Unit, Double> told(String text) {
    Map<Unit, Double> told = new EnumMap<>(Unit.class);
    Matcher hours = TOLD_HOURS.matcher(text);
    if (hours.find()) {
      double before = Double.parseDouble(hours.group(1) != null ? hours.group(1) : hours.group(3));
      double after = Double.parseDouble(hours.group(1) != null ? hours.group(2) : hours.group(4));
      if (after < before) told.put(Unit.SHARE, 100 * (before - after) / before);
    }
    Matcher share = TOLD_SHARE.matcher(text);
    if (share.find()) told.put(Unit.SHARE, Double.parseDouble(share.group(1) != null ? share.group(1) : share.group(2)));
    Matcher users = TOLD_USERS.matcher(text);
    if (users.find()) told.put(Unit.USERS, value(users.group(1), users.group(2)));
    Matcher staff = TOLD_STAFF.matcher(text);
    if (staff.find()) told.put(Unit.STAFF, value(staff.group(1), staff.group(2)));
    Matcher staffAfter = TOLD_STAFF_AFTER.matcher(text);
    if (!told.containsKey(Unit.STAFF) && staffAfter.find()) told.put(Unit.STAFF, value(staffAfter.group(1), null));
    Matcher weekly = TOLD_WEEKLY_HOURS.matcher(text);
    if (weekly.find()) told.put(Unit.WEEKLY_HOURS, value(weekly.group(1) != null ? weekly.group(1) : weekly.group(2), null));
    Matcher score = TOLD_SCORE.matcher(text);
    if (score.find()) told.put(Unit.SCORE, value(score.group(1), null));
    Matcher money = TOLD_MONEY.matcher(text);
    if (money.find()) told.put(Unit.MONEY, value(money.group(1), money.group(2)));
    minutes(text).ifPresent(m -> told.put(Unit.MINUTES, m));
    Matcher lasting = TOLD_DAYS.matcher(text);
    if (lasting.find()) told.put(Unit.DAYS, value(lasting.group(1), null) * days(lasting.group(2), lasting.group(3)));
    return told;
  }

  /** Returns the minutes a time is told to move by, if it is: both times, or how far ("30 mins earlier"). */
  private static Optional<Double> minutes(String said) {
    String text = HALF_PAST.matcher(said).replaceAll("$1.30");
    Matcher clocks = TOLD_CLOCKS.matcher(text);
    // Both times need a clock's look, minutes or am/pm, one of them at least: "3 instead of 5" may count anything.
    if (clocks.find() && (clocks.group(2) != null || clocks.group(3) != null || clocks.group(5) != null
        || clocks.group(6) != null)) {
      // A time without am or pm is in the half of the day the other names: "4pm not 4.30".
      String firstHalf = clocks.group(3) != null ? clocks.group(3) : clocks.group(6);
      String secondHalf = clocks.group(6) != null ? clocks.group(6) : clocks.group(3);
      double one = clock(clocks.group(1), clocks.group(2), firstHalf);
      double other = clock(clocks.group(4), clocks.group(5), secondHalf);
      double moved = Math.abs(one - other);
      if (moved > 0 && moved < 12 * 60) return Optional.of(moved);
    }
    Matcher move = TOLD_MOVE.matcher(text);
    if (move.find()) {
      if (move.group(1) != null) return Optional.of(Double.parseDouble(move.group(1)));
      if (move.group(3) != null) return Optional.of(60.0 * Integer.parseInt(move.group(3)));
      return Optional.of(move.group(2).toLowerCase(Locale.ROOT).startsWith("half") ? 30.0 : 60.0);
    }
    return Optional.empty();
  }

  /** A time told the British way: "half 10" is 10.30 (not "half an hour", not "half 10 hours"). */
  private static final Pattern HALF_PAST = Pattern.compile("(?i)\\bhalf (?:past )?(\\d{1,2})\\b(?![.:]\\d|\\s*(?:%|hours?|hrs?"
      + "|minutes?|mins?))");

  /** Returns a clock time in minutes after midnight, the afternoon's hours as a 24-hour clock counts them. */
  private static double clock(String hour, String minutes, String half) {
    int h = Integer.parseInt(hour) % 12;
    if (half != null && half.equalsIgnoreCase("pm")) h += 12;
    return h * 60 + (minutes == null ? 0 : Integer.parseInt(minutes));
  }

  /**
   * A bound with words before it: "fewer than 20", "under £50,000", "up to 7", "more than 20", "for no more than 8
   * weeks", "not less than 3".
   */
  private static final Pattern WORDED = Pattern.compile("(?i)\\b(fewer than|less than|under|below|up to|(?:no|not) more than"
      + "|more than|over|above|at least|(?:no|not) (?:fewer|less) than)\\s+(£\\s?)?" + NUMBER);
  /**
   * A bound with words after it, either way: "20 or more posts", "scoring 8 or above", "£250,000 or more", "by 15
   * minutes or less", "10 posts or fewer".
   */
  private static final Pattern OR_MORE_OR_LESS = Pattern.compile("(?i)(£\\s?)?" + NUMBER + "\\s*(%)?\\s*(?:" + USER_WORD
      + "(?:\\s+(?:a|per|each)\\s+(?:day|week|month|year))?\\s*|(?:hrs?|hours) (?:a|per|each) week\\s*|" + STAFF_WORD
      + "\\s*|(?:minutes?|mins?)\\s*|" + SPAN_WORDS + "\\s*)?or (?:(more|above|over)|less|fewer|under|below|longer"
      + "|shorter)\\b");
  /** A range: "a QIA risk score of 4 to 7", "£25,000 - £100,000". */
  private static final Pattern RANGE = Pattern.compile("(?i)(£\\s?)?" + NUMBER + "%?\\s*(?:to|-|–|up to(?: and including)?)"
      + "\\s*(£\\s?)?" + NUMBER);
  /** Staff counted within a bound: "20 posts or more". */
  private static final Pattern STAFF_WITHIN = Pattern.compile("(?i)\\b" + STAFF_NOUN);
  /** People served, counted within a bound: "200 passengers a day or fewer". */
  private static final Pattern USERS_WITHIN = Pattern.compile("(?i)\\b" + USER_WORD);
  /** People served, counted just after a figure: "more than 200 passengers a day". */
  private static final Pattern USERS_AFTER = Pattern.compile("(?i)\\s*" + USER_WORD);
  /** Hours, as a row may bound a time moved: "one hour or more earlier", "by 2 hours"; not hours a week or a day. */
  private static final Pattern HOURS = Pattern.compile("(?i)\\b(?:(an|one)|(\\d{1,2}))\\s+hours?\\b"
      + "(?!\\s+(?:a|per|each)\\s+(?:day|week|month|year))");
  /** Staff counted just after a figure. */
  private static final Pattern STAFF_AFTER = Pattern.compile("(?i)\\s*" + STAFF_WORD);
  /** Hours a week just after a figure: "by more than 10 hours a week". */
  private static final Pattern WEEKLY_HOURS_AFTER = Pattern.compile("(?i)\\s*(?:hrs?|hours) (?:a|per|each) week\\b");
  /** Hours a week within a bound: "10 hours a week or less". */
  private static final Pattern WEEKLY_HOURS_WITHIN = Pattern.compile("(?i)\\b(?:hrs?|hours) (?:a|per|each) week\\b");
  /** Minutes counted just after a figure: "by more than 15 minutes", "15 mins or less". */
  private static final Pattern MINUTES_AFTER = Pattern.compile("(?i)\\s*(?:minutes?|mins?)\\b");
  /** Minutes counted within a bound: "15 minutes or less". */
  private static final Pattern MINUTES_WITHIN = Pattern.compile("(?i)\\b(?:minutes?|mins?)\\b");

  /** A row's cell of notes: "; Notes: ...". */
  private static final Pattern NOTES = Pattern.compile("(?i); notes?: ");
  /** A span just after a figure: "more than 5 working days", "less than 4 weeks". */
  private static final Pattern SPAN_AFTER = Pattern.compile("(?i)\\s*" + SPAN + "\\b");
  /** A span within a bound: "4 weeks or more", "5 working days or fewer". */
  private static final Pattern SPAN_WITHIN = Pattern.compile("(?i)\\b" + SPAN + "\\b");
  /**
   * A span that is notice given or a consultation's length, not how long the change lasts: "with at least 4 weeks'
   * notice", "public consultation of at least 8 weeks".
   */
  private static final Pattern NOTICE_AFTER = Pattern.compile("(?i)\\s*" + SPAN_WORDS + "'?\\s*(?:'s\\s+)?(?:notice"
      + "|consultation|engagement)\\b");
  private static final Pattern NOTICE_BEFORE = Pattern.compile("(?i)\\b(?:consultation|engagement|notice|consult)\\b"
      + "[^.;]{0,25}$");

  /** A bound a row sets: on what it counts, and which figures it holds. */
  record Bound(Unit unit, DoublePredicate holds) {}

  /** Returns true when every bound the row sets on what the proposal tells holds the proposal's figure. */
  static boolean fit(String row, Map<Unit, Double> told) {
    return fit(boundsOf(row), told);
  }

  /** Returns true when every one of a row's bounds (read once by {@link #boundsOf}) on what is told holds its figure. */
  static boolean fit(List<Bound> bounds, Map<Unit, Double> told) {
    return bounds.stream().filter(b -> told.containsKey(b.unit())).allMatch(b -> b.holds().test(told.get(b.unit())));
  }

  /**
   * Returns how many of the things the proposal counts the row bounds: a row bounding "200 passengers a day or fewer"
   * speaks of a route "only gets about 120 people a day" as few rows do, whatever words they share.
   */
  static int bounded(String row, Map<Unit, Double> told) {
    return bounded(boundsOf(row), told);
  }

  /** Returns how many of the things the proposal counts a row's bounds (read once by {@link #boundsOf}) bound. */
  static int bounded(List<Bound> bounds, Map<Unit, Double> told) {
    if (told.isEmpty()) return 0;
    return (int) bounds.stream().map(Bound::unit).filter(told::containsKey).distinct().count();
  }

  /** Returns the bounds a row sets, on whatever they count: read once for each row, held against every question. */
  static List<Bound> boundsOf(String text) {
    return boundsOf(text, null);
  }

  /**
   * Returns the bounds of a level's cell of a table of thresholds, whose figures may stand bare ("Measure: Complainants
   * affected a year; Full EIR: 2,000 or more"): a figure no word follows counts what the measure names.
   */
  static List<Bound> boundsOfLevel(String text, String measure) {
    return boundsOf(text, implied(measure));
  }

  /** Returns what a measure of a table of thresholds counts: "% change to a service standard", "Staff affected". */
  static Unit implied(String measure) {
    if (SHARE_NAMED.matcher(measure).find()) return Unit.SHARE;
    if (MONEY_NAMED.matcher(measure).find()) return Unit.MONEY;
    if (STAFF_NAMED.matcher(measure).find()) return Unit.STAFF;
    if (USERS_WITHIN.matcher(measure).find() || PEOPLE_NAMED.matcher(measure).find()) return Unit.USERS;
    return null;
  }

  /** A measure of a share: "% change to a service standard", "percentage of the budget". */
  private static final Pattern SHARE_NAMED = Pattern.compile("(?i)%|\\bper ?cent|\\bpercentage\\b");
  /** A measure of money: "Money: budget change in a year", "Budget change: saving, cut or new charge". */
  private static final Pattern MONEY_NAMED = Pattern.compile("(?i)£|\\b(?:money|budget|saving|savings|cost|costs|spend"
      + "|value)\\b");
  /** A measure of staff, named first: "Staff affected", "Measure: Posts affected". */
  private static final Pattern STAFF_NAMED = Pattern.compile("(?i)^\\W*(?:[\\w ]*: )?(?:staff|posts?|employees|workforce"
      + "|colleagues)\\b");
  /** A measure of people served: "Residents affected", "People using the service". */
  private static final Pattern PEOPLE_NAMED = Pattern.compile("(?i)\\b(?:people|residents|users)\\b");

  private static List<Bound> boundsOf(String text, Unit implied) {
    String row = inMinutes(text);
    boolean scored = row.toLowerCase(Locale.ROOT).contains("score");
    List<Bound> bounds = new ArrayList<>();
    // How long a change lasts is bounded by what the row is of, not by its notes on other levels ("Closing a pontoon ...
    // for 3 to 14 days ...; Notes: ... Under 3 days: no review").
    Matcher notes = NOTES.matcher(row);
    int notesAt = notes.find() ? notes.start() : row.length();
    Matcher worded = WORDED.matcher(row);
    while (worded.find()) {
      // The top of a range, not a bound alone: "5% up to 15%".
      if (AFTER_A_FIGURE.matcher(row.substring(Math.max(0, worded.start() - 12), worded.start())).find()) continue;
      Unit unit = percent(row, worded.end()) ? Unit.SHARE
          : unit(worded.group(2) != null, row, worded.end(), scored, implied);
      if (unit == null || unit == Unit.DAYS && worded.start() > notesAt || escalates(row, worded.start())) continue;
      double bound = value(worded.group(3), worded.group(4)) * spanDays(unit, row, worded.end());
      bounds.add(new Bound(unit, switch (worded.group(1).toLowerCase(Locale.ROOT)) {
        case "fewer than", "less than", "under", "below" -> figure -> figure < bound;
        case "up to", "no more than", "not more than" -> figure -> figure <= bound;
        case "at least", "no fewer than", "not fewer than", "no less than", "not less than" -> figure -> figure >= bound;
        default -> figure -> figure > bound;
      }));
    }
    Matcher orMoreOrLess = OR_MORE_OR_LESS.matcher(row);
    while (orMoreOrLess.find()) {
      String bound = orMoreOrLess.group(0);
      boolean users = USERS_WITHIN.matcher(bound).find() || usersAfter(row, orMoreOrLess.end());
      boolean staff = STAFF_WITHIN.matcher(bound).find() || staffAfter(row, orMoreOrLess.end());
      Matcher span = SPAN_WITHIN.matcher(bound);
      boolean spanned = span.find();
      Unit unit = orMoreOrLess.group(1) != null ? Unit.MONEY : orMoreOrLess.group(4) != null ? Unit.SHARE
          : MINUTES_WITHIN.matcher(bound).find() ? Unit.MINUTES : WEEKLY_HOURS_WITHIN.matcher(bound).find()
          ? Unit.WEEKLY_HOURS : users ? Unit.USERS : staff ? Unit.STAFF
          : spanned && !notice(row, orMoreOrLess.start(), orMoreOrLess.end()) ? Unit.DAYS
          : scored ? Unit.SCORE : implied;
      if (unit == null || unit == Unit.DAYS && orMoreOrLess.start() > notesAt || escalates(row, orMoreOrLess.start())) {
        continue;
      }
      double limit = value(orMoreOrLess.group(2), orMoreOrLess.group(3))
          * (unit == Unit.DAYS ? days(span.group(1), span.group(2)) : 1);
      boolean atLeast = orMoreOrLess.group(5) != null;
      bounds.add(new Bound(unit, figure -> atLeast ? figure >= limit : figure <= limit));
    }
    Matcher range = RANGE.matcher(row);
    while (range.find()) {
      boolean money = range.group(1) != null || range.group(4) != null;
      Unit unit = unit(money, row, range.end(), scored, implied);
      if (percent(row, range.end())) unit = Unit.SHARE;
      if (unit == null || unit == Unit.DAYS && range.start() > notesAt || escalates(row, range.start())) continue;
      double low = value(range.group(2), range.group(3));
      double high = value(range.group(5), range.group(6));
      if (low >= high) continue;
      bounds.add(new Bound(unit, figure -> figure >= low && figure <= high));
    }
    return List.copyOf(bounds);
  }

  /** What ends just before the second figure of a range: "5% " of "5% up to 15%", "£20,000 " of "£20,000 up to £99,999". */
  private static final Pattern AFTER_A_FIGURE = Pattern.compile("\\d%?\\s+$");

  /** Returns whether the figure ending at {@code end} is a share: "by 10% or more", "less than 10%". */
  private static boolean percent(String row, int end) {
    return end < row.length() && row.charAt(end) == '%';
  }

  /**
   * Returns what a bound counts: money where it has a pound sign, staff where they follow, else a score in a row of
   * scores, else what the row's measure names ({@code implied}, null where none).
   */
  private static Unit unit(boolean money, String row, int end, boolean scored, Unit implied) {
    if (money) return Unit.MONEY;
    if (usersAfter(row, end)) return Unit.USERS;
    if (WEEKLY_HOURS_AFTER.matcher(row).region(end, row.length()).lookingAt()) return Unit.WEEKLY_HOURS;
    if (staffAfter(row, end)) return Unit.STAFF;
    if (MINUTES_AFTER.matcher(row).region(end, row.length()).lookingAt()) return Unit.MINUTES;
    if (SPAN_AFTER.matcher(row).region(end, row.length()).lookingAt() && !notice(row, end, end)) return Unit.DAYS;
    return scored ? Unit.SCORE : implied;
  }

  /**
   * Returns whether the bound starting at {@code start} is of a further level the row's own level may lead to, in a part
   * after its cell with no label of its own ("What you need: Part A screening; Part B if 40 or more staff are affected"):
   * the row is of every such change, its figure deciding only which level.
   */
  private static boolean escalates(String row, int start) {
    int from = row.lastIndexOf("; ", start);
    if (from < 0) return false;
    String part = row.substring(from + 2, start);
    return !LABELLED.matcher(part).lookingAt() && CONDITION.matcher(part).find();
  }

  /** A part of a row that is a cell of its own: "Notes: ...", "What you need: ...". */
  private static final Pattern LABELLED = Pattern.compile("[^;:]{1,80}: ");
  /** A condition a further level is put under: "Part B if ...", "Full assessment where ...". */
  private static final Pattern CONDITION = Pattern.compile("(?i)\\b(?:if|where|when|unless)\\b");

  /** Returns whether the span bounded between {@code start} and {@code end} is notice or a consultation's length. */
  private static boolean notice(String row, int start, int end) {
    return NOTICE_AFTER.matcher(row).region(end, row.length()).lookingAt()
        || NOTICE_BEFORE.matcher(row.substring(0, start)).find();
  }

  /** Returns the days a bound's figure ending at {@code end} counts each of: 7 for "4 weeks"; 1 for other units. */
  private static double spanDays(Unit unit, String row, int end) {
    if (unit != Unit.DAYS) return 1;
    Matcher span = SPAN_AFTER.matcher(row).region(end, row.length());
    return span.lookingAt() ? days(span.group(1), span.group(2)) : 1;
  }

  /** Returns the days in one of a span's units: a working day is a fifth of a week, a month thirty days. */
  private static double days(String working, String unit) {
    String u = unit.toLowerCase(Locale.ROOT);
    if (u.startsWith("week")) return 7;
    if (u.startsWith("month")) return 30;
    return working != null ? 7.0 / 5 : 1;
  }

  /** Returns whether people served are counted just after the figure ending at {@code end}: "200 passengers". */
  private static boolean usersAfter(String row, int end) {
    return USERS_AFTER.matcher(row).region(end, row.length()).lookingAt();
  }

  /** Returns the row with its hours as minutes, "one hour or more earlier" as "60 minutes or more earlier". */
  private static String inMinutes(String row) {
    return HOURS.matcher(row).replaceAll(hours -> (hours.group(2) == null ? 60 : 60 * Integer.parseInt(hours.group(2)))
        + " minutes");
  }

  /** Returns whether staff are counted just after the figure ending at {@code end}: "20 posts", "fewer than 20 staff". */
  private static boolean staffAfter(String row, int end) {
    return STAFF_AFTER.matcher(row).region(end, row.length()).lookingAt();
  }

  private static double value(String digits, String scale) {
    double value = Double.parseDouble(digits.replace(",", ""));
    if (scale == null) return value;
    return switch (scale.toLowerCase(Locale.ROOT)) {
      case "k" -> value * 1_000;
      default -> value * 1_000_000;
    };
  }
}
