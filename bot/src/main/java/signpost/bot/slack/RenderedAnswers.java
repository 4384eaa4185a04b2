package signpost.bot.slack;

import com.google.gson.Gson;
import com.slack.api.app_backend.slash_commands.response.SlashCommandResponse;
import com.slack.api.bolt.util.JsonOps;
import com.slack.api.util.json.GsonFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import signpost.bot.core.Answer;
import signpost.bot.core.Citation;
import signpost.bot.core.ContactCard;
import signpost.bot.core.Paragraph;
import signpost.rules.decision.EqiaVerdict;

/**
 * The JSON of a {@code /edi} acknowledgement carrying an answer, rendered once for each answer and then only filled
 * with each copy's id. The answer cache hands out copies of one answer that differ only in their ids (and share their
 * parts), and rendering one as Block Kit and serialising it was most of an answered repeat's time on the request
 * thread. An answer is
 * rendered with a placeholder id drawn at random, never written in any document, which stands only where the buttons
 * carry the id; an answer whose rendering does not hold it exactly there, as many times as there are buttons, is not
 * kept and is rendered every time.
 */
final class RenderedAnswers {

  /** How many renderings are kept: the answers given most often are the cached ones, a few hundred. */
  static final int KEPT = 256;
  /** Writes a JSON string as Bolt's serialiser does ({@link JsonOps#toJsonString} hands a string back as it is). */
  private static final Gson STRINGS = GsonFactory.createSnakeCase();

  private final String placeholder = "signpost-id-" + UUID.randomUUID();
  private final String quotedPlaceholder = STRINGS.toJson(placeholder);
  /** The rendering of recent answers, by the parts it is made of, cut where the id goes; guarded by itself. */
  private final Map<Parts, List<String>> recent = new LinkedHashMap<>(64, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<Parts, List<String>> eldest) {
      return size() > KEPT;
    }
  };

  /** Returns the acknowledgement of {@code answer} as JSON, exactly as Bolt would serialise {@link #response}. */
  String json(Answer answer) {
    if (answer.id() == null) return JsonOps.toJsonString(response(answer));
    Parts key = new Parts(answer);
    List<String> parts;
    synchronized (recent) {
      parts = recent.get(key);
    }
    if (parts == null) {
      parts = cut(JsonOps.toJsonString(response(answer.withId(placeholder))));
      if (parts == null) return JsonOps.toJsonString(response(answer));
      synchronized (recent) {
        recent.put(key, parts);
      }
    }
    String id = STRINGS.toJson(answer.id());
    StringBuilder json = new StringBuilder(parts.stream().mapToInt(String::length).sum() + parts.size() * id.length());
    for (int i = 0; i < parts.size(); i++) {
      if (i > 0) json.append(id);
      json.append(parts.get(i));
    }
    return json.toString();
  }

  /**
   * What an answer's rendering is made of but its id: its paragraphs, sources, contacts and verdict, each compared by
   * identity. The answer cache's copies share these (an answer's lists are copied once, when it is made, and never
   * change), so a copy is found without comparing or hashing its text; an equal answer made anew is only rendered again.
   */
  private record Parts(List<Paragraph> paragraphs, List<Citation> sources, List<ContactCard> contacts, EqiaVerdict eqia) {

    Parts(Answer answer) {
      this(answer.paragraphs(), answer.sources(), answer.contacts(), answer.eqia());
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Parts that && paragraphs == that.paragraphs && sources == that.sources && contacts == that.contacts
          && eqia == that.eqia;
    }

    @Override
    public int hashCode() {
      return ((31 * System.identityHashCode(paragraphs) + System.identityHashCode(sources)) * 31 + System.identityHashCode(contacts)) * 31
          + System.identityHashCode(eqia);
    }
  }

  /** Returns how many renderings are kept now. */
  int size() {
    synchronized (recent) {
      return recent.size();
    }
  }

  /** Returns the acknowledgement of an answer: private to the asker, its short text and its blocks. */
  static SlashCommandResponse response(Answer answer) {
    return SlashCommand.ephemeral(SlackBlocks.fallback(answer), SlackBlocks.answer(answer));
  }

  /**
   * Returns the rendering cut at the placeholder, or null when it does not stand once in each of the answer's
   * buttons (then the answer's own text holds it, or the buttons are not there).
   */
  private List<String> cut(String json) {
    List<String> parts = new ArrayList<>();
    int from = 0;
    for (int at; (at = json.indexOf(quotedPlaceholder, from)) >= 0; from = at + quotedPlaceholder.length()) {
      parts.add(json.substring(from, at));
    }
    parts.add(json.substring(from));
    return parts.size() - 1 == SlackBlocks.BUTTONS ? parts : null;
  }
}
