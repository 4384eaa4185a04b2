package signpost.bot.privacy;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import signpost.bot.store.PersonalData;

/**
 * Recognises a request about a person's own data and words the replies: what is kept (counts and items), the question
 * that asks them to confirm a deletion, and what was deleted. The same words on every channel.
 */
public final class MyData {

  /** What a message asks of the person's data. */
  public enum Request {
    /** "my data": list what is kept. */
    SHOW,
    /** "delete my data": ask to confirm. */
    DELETE,
    /** "yes, delete my data": delete it all. */
    CONFIRM
  }

  /** What a person types, or a channel's button sends, to confirm. */
  public static final String CONFIRMATION = "Yes, delete my data";

  private static final Pattern SHOW = Pattern.compile("(?:(?:show|see|list|view|what is|what's)\\s+)?my\\s+(?:personal\\s+)?data"
      + "|what (?:data )?do you (?:keep|hold|store|have) (?:about|on) me");
  private static final Pattern DELETE = Pattern.compile("(?:delete|erase|remove|forget)\\s+(?:all\\s+)?(?:of\\s+)?my\\s+"
      + "(?:personal\\s+)?data|forget me");
  private static final Pattern POLITE = Pattern.compile("^(?:please|can you|could you)\\s+|,?\\s+please$");
  private static final Pattern CONFIRM = Pattern.compile("yes,?\\s+delete\\s+(?:all\\s+)?my\\s+data");
  private static final Pattern TRAILING_MARKS = Pattern.compile("[?.!]+$");
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).withZone(ZoneOffset.UTC);
  /** The most items of one kind listed; the rest are counted. */
  static final int LISTED = 10;
  static final int EXCERPT = 200;

  private MyData() {}

  /** Returns what the message asks of the person's data, or empty when it is not about their data. */
  public static Optional<Request> request(String text) {
    String lower = text.strip().toLowerCase(Locale.ROOT);
    // Every request names "data", or is "forget me" or asks what is kept "about me" or "on me": the questions every
    // channel asks skip the patterns.
    if (!lower.contains("data") && !lower.contains("forget me") && !lower.contains("about me") && !lower.contains("on me")) {
      return Optional.empty();
    }
    String t = POLITE.matcher(TRAILING_MARKS.matcher(lower).replaceAll("").strip()).replaceAll("");
    if (CONFIRM.matcher(t).matches()) return Optional.of(Request.CONFIRM);
    if (DELETE.matcher(t).matches()) return Optional.of(Request.DELETE);
    if (SHOW.matcher(t).matches()) return Optional.of(Request.SHOW);
    return Optional.empty();
  }

  /** Returns what is kept, in plain text with one "- " line per item. */
  public static String shown(PersonalData.Kept kept) {
    if (kept.isEmpty()) return "Signpost keeps nothing about you here.";
    return "What Signpost keeps about you here:\n" + items(kept) + "\nSay \"delete my data\" to delete all of it.";
  }

  /** Returns the question that asks the person to confirm deleting what is kept. */
  public static String confirm(PersonalData.Kept kept) {
    if (kept.isEmpty()) return "Signpost keeps nothing about you here, so there is nothing to delete.";
    return "This deletes everything Signpost keeps about you here, screening records included, and cannot be undone:\n"
        + items(kept) + "\nTo go ahead, press \"" + CONFIRMATION + "\" or say \"" + CONFIRMATION.toLowerCase(Locale.ROOT) + "\".";
  }

  /** Returns what was deleted. */
  public static String deleted(PersonalData.Kept kept) {
    if (kept.isEmpty()) return "Signpost kept nothing about you here; nothing was deleted.";
    return "Deleted: " + counts(kept) + ". Signpost keeps nothing more about you here.";
  }

  private static String items(PersonalData.Kept kept) {
    StringBuilder out = new StringBuilder();
    out.append("Screening records: ").append(kept.screenings().size());
    for (PersonalData.Screening s : first(kept.screenings())) {
      out.append("\n- ").append(s.reference()).append(" (").append(s.status()).append(", updated ").append(date(s.updated())).append(")");
    }
    more(out, kept.screenings());
    out.append("\nConversations in progress: ").append(kept.conversations());
    for (String asked : first(kept.lastAsked())) out.append("\n- your last question there: \"").append(excerpt(asked)).append('"');
    more(out, kept.lastAsked());
    out.append("\nRatings: ").append(kept.ratings().size());
    for (PersonalData.Rating r : first(kept.ratings())) {
      out.append("\n- ").append(r.helpful() ? "👍" : "👎").append(" on answer ").append(r.answerId()).append(", ").append(date(r.rated()));
    }
    more(out, kept.ratings());
    out.append("\nQuestions kept: ").append(kept.questions().size());
    for (PersonalData.Question q : first(kept.questions())) {
      out.append("\n- \"").append(excerpt(q.text())).append("\" (").append(date(q.asked())).append(", ")
          .append(q.reason() == null ? "kept a day in case you rate the answer"
              : q.reason() == signpost.bot.edi.Unanswered.REFUSED ? "not answered, logged for the EDI team"
              : "rated not helpful, logged for the EDI team").append(")");
    }
    more(out, kept.questions());
    if (!kept.passedOn().isEmpty()) {
      out.append("\nPassed on to your EDI Contacts: ").append(kept.passedOn().size());
      for (PersonalData.PassedOn p : first(kept.passedOn())) {
        out.append("\n- \"").append(excerpt(p.text())).append("\" (").append(date(p.passed())).append(", ")
            .append(p.status().replied() ? "replied" : "waiting for a reply").append(")");
      }
      more(out, kept.passedOn());
    }
    return out.toString();
  }

  private static String counts(PersonalData.Kept kept) {
    String counted = kept.screenings().size() + " screening records, " + kept.conversations() + " conversations, "
        + kept.ratings().size() + " ratings";
    return kept.passedOn().isEmpty() ? counted + " and " + kept.questions().size() + " questions"
        : counted + ", " + kept.questions().size() + " questions and " + kept.passedOn().size() + " passed on to the EDI Contacts";
  }

  /** Returns the question as listed: its first {@link #EXCERPT} characters, so that ten fit one chat message. */
  private static String excerpt(String text) {
    String flat = text.replace('\n', ' ').strip();
    return flat.length() <= EXCERPT ? flat : flat.substring(0, EXCERPT - 3).strip() + "...";
  }

  private static void more(StringBuilder out, List<?> items) {
    if (items.size() > LISTED) out.append("\n- and ").append(items.size() - LISTED).append(" more");
  }

  private static <T> List<T> first(List<T> items) {
    return items.subList(0, Math.min(LISTED, items.size()));
  }

  private static String date(Instant time) {
    return DATE.format(time);
  }
}
