package signpost.bot.slack;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.ContextBlockElement;
import com.slack.api.model.block.DividerBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.composition.PlainTextObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.ButtonElement;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import signpost.bot.core.Answer;
import signpost.bot.core.Citation;
import signpost.bot.core.ContactCard;
import signpost.bot.core.Paragraph;
import signpost.bot.core.Paragraph.Kind;

/**
 * Renders an answer in Block Kit: the verdict with its reasons, the answer in mrkdwn, a screening's steps, who can
 * help, the sources as context and the 👍/👎 and "Why?" buttons. Keeps under Slack's limits (3,000 characters a section, 50
 * blocks a message), cutting a long answer between paragraphs with a pointer to the source.
 */
final class SlackBlocks {

  static final int MAX_BLOCKS = 50;
  static final int SECTION_LIMIT = 3000;
  static final int CONTEXT_ELEMENTS = 10;
  static final String ACTIONS_BLOCK = "signpost_answer";
  static final String HELPFUL = "signpost_helpful";
  static final String NOT_HELPFUL = "signpost_not_helpful";
  static final String WHY = "signpost_why";
  /** How many buttons an answer carries its id in: 👍, 👎 and "Why?". */
  static final int BUTTONS = 3;

  /** The paragraphs shown in blocks of their own (the verdict's, the contacts'), so not in the body. */
  static final Set<Kind> SHOWN_APART = EnumSet.of(Kind.VERDICT, Kind.REASONS, Kind.CONTACTS);

  private static final Pattern CITE = Pattern.compile("\\[(\\d+)]");

  private SlackBlocks() {}

  /** Returns the answer as blocks, at most {@value #MAX_BLOCKS}. */
  static List<LayoutBlock> answer(Answer answer) {
    return answer(answer, List.of(), List.of());
  }

  /**
   * Returns the answer as blocks, at most {@value #MAX_BLOCKS}, with {@code lead} above it and {@code steps} (a
   * screening's quick replies and record link) under its text, before who can help.
   */
  static List<LayoutBlock> answer(Answer answer, List<LayoutBlock> lead, List<LayoutBlock> steps) {
    List<LayoutBlock> head = new ArrayList<>(lead);
    if (answer.eqia() != null) {
      head.add(section(":clipboard: *EqIA: " + answer.eqia().verdict().label() + "*" + bullets(answer.eqia().reasons())));
    }
    List<LayoutBlock> tail = new ArrayList<>(steps);
    if (!answer.contacts().isEmpty()) tail.add(section("*" + Mrkdwn.escape(answer.contactsLead()) + "*\n" + contacts(answer.contacts())));
    tail.addAll(sources(answer.sources()));
    if (answer.id() != null) tail.add(buttons(answer.id()));
    List<String> body = Mrkdwn.chunks(Mrkdwn.of(body(answer)), SECTION_LIMIT);
    int room = MAX_BLOCKS - head.size() - tail.size();
    List<LayoutBlock> blocks = new ArrayList<>(head);
    if (body.size() <= room) {
      body.forEach(chunk -> blocks.add(section(chunk)));
    } else {
      body.subList(0, room - 1).forEach(chunk -> blocks.add(section(chunk)));
      blocks.add(context(List.of(pointer(body.subList(room - 1, body.size()), answer.sources()))));
    }
    blocks.addAll(tail);
    return blocks;
  }

  /** Returns the paragraphs not {@link #SHOWN_APART}, a blank line between two. */
  private static String body(Answer answer) {
    return String.join("\n\n",
        answer.brief().stream().filter(p -> !SHOWN_APART.contains(p.kind())).map(Paragraph::text).toList());
  }

  /**
   * Returns a short text of the answer for notifications and clients that show no blocks, escaped: Slack reads
   * this text as mrkdwn too, so a document's {@code <!channel>} or disguised link must stay words.
   */
  static String fallback(Answer answer) {
    return Mrkdwn.fit(Mrkdwn.escape(answer.text().replace('\n', ' ')), 300).replaceFirst("&[a-z]{0,3}…$", "…");
  }

  /** Returns one mrkdwn section, cut to fit. */
  static SectionBlock section(String mrkdwn) {
    return SectionBlock.builder().text(markdown(Mrkdwn.fit(mrkdwn, SECTION_LIMIT))).build();
  }

  /** Returns a context block of small grey mrkdwn lines. */
  static ContextBlock context(List<String> lines) {
    List<ContextBlockElement> elements = new ArrayList<>();
    for (String line : lines) elements.add(markdown(Mrkdwn.fit(line, SECTION_LIMIT)));
    return ContextBlock.builder().elements(elements).build();
  }

  static MarkdownTextObject markdown(String text) {
    return MarkdownTextObject.builder().text(text).build();
  }

  static String bullets(List<String> items) {
    StringBuilder out = new StringBuilder();
    for (String item : items) out.append("\n• ").append(Mrkdwn.escape(item));
    return out.toString();
  }

  private static String contacts(List<ContactCard> cards) {
    List<String> lines = new ArrayList<>();
    for (ContactCard card : cards) {
      lines.add("• *" + Mrkdwn.escape(card.name()) + "*" + (card.role() == null ? "" : " (" + Mrkdwn.escape(card.role()) + ")")
          + (card.how() == null ? "" : ": " + Mrkdwn.escape(card.how())));
    }
    return String.join("\n", lines);
  }

  private static List<LayoutBlock> sources(List<Citation> sources) {
    List<LayoutBlock> blocks = new ArrayList<>();
    if (sources.isEmpty()) return blocks;
    blocks.add(DividerBlock.builder().build());
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < sources.size(); i++) lines.add(source(i + 1, sources.get(i)));
    for (int from = 0; from < lines.size() && from < 2 * CONTEXT_ELEMENTS; from += CONTEXT_ELEMENTS) {
      blocks.add(context(lines.subList(from, Math.min(lines.size(), from + CONTEXT_ELEMENTS))));
    }
    return blocks;
  }

  /** Returns a source as its context line, e.g. "[1] Strategy > Our duty, p. 9". */
  static String source(int number, Citation citation) {
    return "[" + number + "] " + Mrkdwn.escape(citation.label());
  }

  private static String pointer(List<String> omitted, List<Citation> sources) {
    String note = "_This answer is cut short to fit Slack._";
    Matcher cited = CITE.matcher(String.join("\n", omitted));
    int number = cited.find() ? Integer.parseInt(cited.group(1)) : 1;
    if (sources.isEmpty()) return note + " _Ask a narrower question for the rest._";
    if (number > sources.size()) number = 1;
    return note + " _Read the rest in " + source(number, sources.get(number - 1)) + "._";
  }

  private static ActionsBlock buttons(String id) {
    List<BlockElement> elements = List.of(button("👍 Helpful", HELPFUL, id), button("👎 Not helpful", NOT_HELPFUL, id),
        button("Why?", WHY, id));
    return ActionsBlock.builder().blockId(ACTIONS_BLOCK).elements(elements).build();
  }

  private static ButtonElement button(String label, String actionId, String value) {
    return ButtonElement.builder().text(PlainTextObject.builder().text(label).emoji(true).build())
        .actionId(actionId).value(value).build();
  }
}
