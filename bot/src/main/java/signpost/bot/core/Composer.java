package signpost.bot.core;

import java.util.List;
import java.util.Optional;
import signpost.knowledge.Passage;
import signpost.knowledge.org.Organisation;
import signpost.knowledge.search.Quote;

/**
 * Writes the text of an answer from what was decided: the quoted passages, each marked with its
 * citation number, then who can help. Every sentence comes from a passage or an organisation file.
 */
final class Composer {

  private final AnswerPolicy policy;

  Composer(AnswerPolicy policy) {
    this.policy = policy;
  }

  String answer(List<Quote> quoted, List<ContactCard> contacts) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < quoted.size(); i++) {
      if (i > 0) text.append("\n\n");
      text.append(quote(quoted.get(i))).append(" [").append(i + 1).append(']');
    }
    appendContacts(text, contacts, "Who can help");
    return text.toString().strip();
  }

  String support(List<Quote> quoted, List<ContactCard> contacts) {
    StringBuilder text = new StringBuilder(
        "I'm sorry this has happened. You do not have to deal with it alone, and you can talk to someone in confidence.");
    appendContacts(text, contacts, "People who can help");
    text.append("\n\nIf you or anyone else is in immediate danger, call 999.");
    if (!quoted.isEmpty()) text.append("\n\n").append(quote(quoted.get(0))).append(" [1]");
    return text.toString();
  }

  String refusal(Optional<Organisation> organisation, List<ContactCard> contacts) {
    StringBuilder text = new StringBuilder("I can't find a reliable answer to that in the documents I know. "
        + "I answer questions on equality, diversity and inclusion: equality duties, Equality Impact Assessments, "
        + "your organisation's equality objectives, staff networks and who to contact.");
    if (contacts.isEmpty()) {
      text.append(" For other questions, please ask your line manager or the service concerned; for EDI questions, ask ")
          .append(organisation.map(o -> "the EDI team at " + o.name()).orElse(Contacts.YOUR_EDI_TEAM)).append('.');
    } else {
      appendContacts(text, contacts, "For EDI questions I can't answer, ask");
      text.append("\nFor anything else, please ask your line manager or the service concerned.");
    }
    return text.toString();
  }

  private String quote(Quote quote) {
    Passage passage = quote.hit().passage();
    String text = passage.text().length() <= policy.maxQuoteChars() ? passage.text() : quote.snippet().text();
    return text.strip();
  }

  private static void appendContacts(StringBuilder text, List<ContactCard> contacts, String lead) {
    if (contacts.isEmpty()) return;
    text.append("\n\n").append(lead).append(':');
    for (ContactCard card : contacts) {
      text.append("\n- ").append(card.name());
      if (card.role() != null) text.append(" (").append(card.role()).append(')');
      if (card.how() != null) text.append(": ").append(card.how());
    }
  }
}
