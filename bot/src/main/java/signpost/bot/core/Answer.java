package signpost.bot.core;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import signpost.rules.decision.EqiaVerdict;
import signpost.rules.decision.Intent;
import signpost.rules.decision.NextQuestion;

/**
 * One answer, the same for every channel; its JSON form is the answer contract.
 *
 * @param id the question's id, or null
 * @param question the question as asked
 * @param organisation the asker's organisation id, or null
 * @param answered false when Signpost has nothing reliable to say
 * @param intent what kind of answer it is
 * @param paragraphs the answer's text a paragraph at a time, each with what it says (see {@link #text()})
 * @param confidence how sure the answer is, 0 to 1
 * @param sources what it rests on, in the order the text cites them ([1] is the first)
 * @param contacts who to go to
 * @param eqia the EqIA verdict when the question asks whether one is needed, or null
 * @param rules the names of the rules that made the decisions
 * @param next the question a guided screening asks next, or null outside a screening or when nothing is left to ask
 */
public record Answer(String id, String question, String organisation, boolean answered, Intent intent,
                     List<Paragraph> paragraphs, double confidence, List<Citation> sources, List<ContactCard> contacts,
                     EqiaVerdict eqia, List<String> rules, NextQuestion next) {

  public static final String DEFAULT_CONTACTS_LEAD = "Who can help";

  public Answer {
    paragraphs = List.copyOf(paragraphs);
    sources = List.copyOf(sources);
    contacts = List.copyOf(contacts);
    rules = List.copyOf(rules);
  }

  /** Returns an answer outside any screening. */
  public Answer(String id, String question, String organisation, boolean answered, Intent intent,
                List<Paragraph> paragraphs, double confidence, List<Citation> sources, List<ContactCard> contacts,
                EqiaVerdict eqia, List<String> rules) {
    this(id, question, organisation, answered, intent, paragraphs, confidence, sources, contacts, eqia, rules, null);
  }

  /** Returns this answer with other paragraphs, e.g. with a screening's progress and next question added. */
  public Answer withParagraphs(List<Paragraph> other) {
    return new Answer(id, question, organisation, answered, intent, other, confidence, sources, contacts, eqia, rules, next);
  }

  /**
   * Returns this answer with paragraphs of another answer added at its end, their citation markers ("[2]", numbered
   * over {@code cited}) numbered again over this answer's sources, a source both cite keeping this answer's number.
   */
  public Answer withQuoted(List<Paragraph> quoted, List<Citation> cited) {
    CitationList numbers = new CitationList();
    sources.forEach(numbers::cite);
    List<Paragraph> out = new ArrayList<>(paragraphs);
    for (Paragraph p : quoted) {
      Matcher marker = MARKER.matcher(p.text());
      StringBuilder text = new StringBuilder();
      while (marker.find()) {
        int n = Integer.parseInt(marker.group(1));
        String renumbered = n >= 1 && n <= cited.size() ? numbers.cite(cited.get(n - 1)) : marker.group();
        marker.appendReplacement(text, Matcher.quoteReplacement(renumbered));
      }
      marker.appendTail(text);
      out.add(new Paragraph(p.kind(), text.toString(), p.lead()));
    }
    return new Answer(id, question, organisation, answered, intent, out, confidence, numbers.all(), contacts, eqia, rules,
        next);
  }

  /** A citation marker as the composer writes it after what it cites: " [2]". */
  private static final Pattern MARKER = Pattern.compile(" \\[(\\d{1,3})\\]");

  /** Returns this answer under another id. */
  public Answer withId(String other) {
    return new Answer(other, question, organisation, answered, intent, paragraphs, confidence, sources, contacts, eqia, rules, next);
  }

  /** Returns this answer without the question asked: what is kept of it for "Why?". */
  public Answer withoutQuestion() {
    return new Answer(id, null, organisation, answered, intent, paragraphs, confidence, sources, contacts, eqia, rules, next);
  }

  /**
   * Returns the answer exactly as the person first sees it: its paragraphs joined as {@link Paragraph#join} does,
   * without the {@linkplain Paragraph.Kind#detail() detail} that sits behind "Why?" / "More".
   */
  public String text() {
    return Paragraph.join(brief());
  }

  /** Returns the paragraphs of the short answer, without the detail. */
  public List<Paragraph> brief() {
    return paragraphs.stream().filter(p -> !p.kind().detail()).toList();
  }

  /** Returns the detail shown behind "Why?" / "More": the aims engaged, further practice, background. */
  public List<Paragraph> more() {
    return paragraphs.stream().filter(p -> p.kind().detail()).toList();
  }

  /** Returns how the text introduces the contacts, e.g. "Who advises and signs off"; "Who can help" when it does not. */
  public String contactsLead() {
    for (Paragraph paragraph : paragraphs) if (paragraph.kind() == Paragraph.Kind.CONTACTS) return paragraph.lead();
    return DEFAULT_CONTACTS_LEAD;
  }
}
