package signpost.bot.core;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Holds one paragraph of an answer and what it says, so a channel that shows some parts in boxes of their own
 * (the EqIA verdict, the contacts) leaves exactly those out of the body without matching text.
 *
 * @param kind what the paragraph says
 * @param text the paragraph as the answer's text has it
 * @param lead for {@link Kind#CONTACTS}, the words that introduce the contacts, e.g. "Who can help"; otherwise null
 */
public record Paragraph(Kind kind, String text, String lead) {

  /** Names what a paragraph says; the {@code kind} of the answer contract's {@code paragraphs}. */
  public enum Kind {
    /** "EqIA: required." */ VERDICT,
    /** "Why:" and the verdict's reasons. */ REASONS,
    /** "Consider: …", what the assessment should look at. */ CONSIDER,
    /** The aims of the equality duty the question engages. */ AIMS,
    /** "Next steps:" of an EqIA. */ NEXT_STEPS,
    /** "To settle it, tell me:", what would settle a screening verdict. */ OPEN_QUESTIONS,
    /** "Important: …", a caveat on the EqIA verdict. */ CAVEAT,
    /**
     * How the organisation's own documents say it does EqIAs (who signs them off, which form), quoted beside a verdict when
     * its organisation file says nothing of it: part of the short answer, in a screening too.
     */
    PRACTICE,
    /** Anything else: quotes, duties, objectives, a timetable, practices, other caveats, replies. */ BODY,
    /** The lead line and one "- Name (role): how" line a contact. */ CONTACTS,
    /** A line the text writes straight after the contacts, in their paragraph: it follows a line break only. */
    AFTER_CONTACTS,
    /** Background a channel shows behind "Why?" / "More": further practice of the organisation, the legal position. */
    MORE;

    /** Returns true for the detail a channel shows behind "Why?" / "More" rather than in the short answer. */
    public boolean detail() {
      return this == AIMS || this == MORE;
    }

    /** Returns the name used in JSON, e.g. {@code "next_steps"}. */
    public String wireName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public Paragraph {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    if ((kind == Kind.CONTACTS) != (lead != null)) {
      throw new IllegalArgumentException("contacts, and only contacts, have a lead: " + kind + ", " + lead);
    }
  }

  /** Creates a paragraph of any kind but {@link Kind#CONTACTS}. */
  public Paragraph(Kind kind, String text) {
    this(kind, text, null);
  }

  /** Returns the contacts as the text lists them: "lead:" then "- Name (role): how" a line. */
  public static Paragraph contacts(String lead, List<ContactCard> cards) {
    StringBuilder text = new StringBuilder(lead).append(':');
    for (ContactCard card : cards) {
      text.append("\n- ").append(card.name());
      if (card.role() != null) text.append(" (").append(card.role()).append(')');
      if (card.how() != null) text.append(": ").append(card.how());
    }
    return new Paragraph(Kind.CONTACTS, text.toString(), lead);
  }

  /** Returns the paragraphs as one text: a blank line between two, a line break only before {@link Kind#AFTER_CONTACTS}. */
  public static String join(List<Paragraph> paragraphs) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < paragraphs.size(); i++) {
      if (i > 0) text.append(paragraphs.get(i).kind == Kind.AFTER_CONTACTS ? "\n" : "\n\n");
      text.append(paragraphs.get(i).text);
    }
    return text.toString();
  }
}
