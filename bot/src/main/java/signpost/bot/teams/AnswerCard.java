package signpost.bot.teams;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import signpost.bot.core.Answer;
import signpost.bot.core.Citation;
import signpost.bot.core.ContactCard;
import signpost.bot.core.Paragraph;
import signpost.bot.core.Paragraph.Kind;
import signpost.bot.teams.CardElement.Box;
import signpost.bot.teams.CardElement.Fact;
import signpost.bot.teams.CardElement.Facts;
import signpost.bot.teams.CardElement.Text;
import signpost.rules.decision.EqiaVerdict;

/**
 * Renders an answer as an Adaptive Card: the EqIA verdict with its reasons, the answer with its citation numbers,
 * a screening's steps, who can help, the numbered sources (document, section, page), and the 👍, 👎 and "Why?" buttons. Shows only
 * what the answer carries.
 */
final class AnswerCard {

  static final String HELPFUL = "helpful";
  static final String NOT_HELPFUL = "not_helpful";
  static final String WHY = "why";

  /** The paragraphs the card shows apart (in the verdict's box, the contacts' facts), so not in its text. */
  static final Set<Kind> SHOWN_APART = EnumSet.of(Kind.VERDICT, Kind.REASONS, Kind.CONTACTS);

  private AnswerCard() {}

  /** Returns the answer's card. */
  static AdaptiveCard of(Answer answer) {
    return build(answer, List.of(), List.of(), false);
  }

  /**
   * Returns the answer's card with {@code lead} above it and {@code steps} (a screening's quick replies and record
   * link) under its text, before who can help.
   */
  static AdaptiveCard of(Answer answer, List<CardElement> lead, List<CardElement> steps) {
    return build(answer, lead, steps, false);
  }

  /** Returns the answer's card with why it is so under it, and no "Why?" button: the reply to "Why?". */
  static AdaptiveCard explained(Answer answer) {
    return build(answer, List.of(), List.of(), true);
  }

  private static AdaptiveCard build(Answer answer, List<CardElement> lead, List<CardElement> steps, boolean explained) {
    List<CardElement> body = new ArrayList<>(lead);
    if (answer.eqia() != null) body.add(verdict(answer.eqia()));
    body.addAll(paragraphs(answer));
    body.addAll(steps);
    if (!answer.contacts().isEmpty()) {
      body.add(Text.heading(answer.contactsLead()));
      body.add(contacts(answer.contacts()));
    }
    if (!answer.sources().isEmpty()) {
      body.add(Text.heading("Sources"));
      for (int i = 0; i < answer.sources().size(); i++) body.add(Text.subtle(source(i + 1, answer.sources().get(i))));
    }
    if (explained) body.addAll(WhyCard.elements(answer));
    return new AdaptiveCard(body, answer.id() == null ? List.of() : buttons(answer.id(), !explained));
  }

  /** Returns a text block a paragraph not {@link #SHOWN_APART}; blank lines inside a quote part it further. */
  private static List<CardElement> paragraphs(Answer answer) {
    List<CardElement> texts = new ArrayList<>();
    for (Paragraph paragraph : answer.brief()) {
      if (SHOWN_APART.contains(paragraph.kind())) continue;
      for (String block : paragraph.text().split("\n\n")) if (!block.isBlank()) texts.add(Text.of(block));
    }
    return texts;
  }

  /** Returns a source as the card shows it: "[1] Title > Section, p. 9". */
  static String source(int number, Citation citation) {
    return "[" + number + "] " + citation.label();
  }

  static Box verdict(EqiaVerdict eqia) {
    String style = switch (eqia.verdict()) {
      case REQUIRED -> "attention";
      case SCREENING -> "warning";
      case NOT_REQUIRED -> "good";
    };
    List<CardElement> items = new ArrayList<>();
    items.add(Text.heading("EqIA: " + eqia.verdict().label()));
    if (!eqia.reasons().isEmpty()) items.add(Text.of(bullets(eqia.reasons())));
    return new Box(style, items);
  }

  static String bullets(List<String> items) {
    return "- " + String.join("\n- ", items);
  }

  private static Facts contacts(List<ContactCard> cards) {
    List<Fact> facts = new ArrayList<>();
    for (ContactCard card : cards) {
      String value = card.role() == null ? card.how() : card.how() == null ? card.role() : card.role() + ": " + card.how();
      facts.add(new Fact(card.name(), value == null ? "" : value));
    }
    return new Facts(facts);
  }

  private static List<CardAction> buttons(String id, boolean why) {
    List<CardAction> actions = new ArrayList<>(List.of(new CardAction.Execute("👍 Helpful", HELPFUL, id),
        new CardAction.Execute("👎 Not helpful", NOT_HELPFUL, id)));
    if (why) actions.add(new CardAction.Execute("Why?", WHY, id));
    return actions;
  }
}
