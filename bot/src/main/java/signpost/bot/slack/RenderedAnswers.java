package signpost.bot.slack;

import com.google.gson.Gson;
import com.slack.api.app_backend.slash_commands.response.SlashCommandResponse;
import com.slack.api.bolt.util.JsonOps;
import com.slack.api.util.json.GsonFactory;
import java.nio.charset.StandardCharsets;
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
  private final Map<Parts, List<byte[]>> recent = new LinkedHashMap<>(64, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<Parts, List<byte[]>> eldest) {
      return size() > KEPT;
    }
  };

  /** Returns the acknowledgement of {@code answer} as JSON, exactly as Bolt would serialise {@link #response}. */
  String json(Answer answer) {
    return new String(utf8(answer), StandardCharsets.UTF_8);
  }

  /**
   * Returns the acknowledgement of {@code answer} as JSON in UTF-8, exactly as Bolt would serialise {@link #response}:
   * what is sent, put together from bytes encoded once (an answer's text holds characters beyond Latin-1, which made
   * encoding it again for each copy a tenth of a repeated answer's time).
   */
  byte[] utf8(Answer answer) {
    if (answer.id() == null) return JsonOps.toJsonString(response(answer)).getBytes(StandardCharsets.UTF_8);
    Parts key = new Parts(answer);
    List<byte[]> parts;
    synchronized (recent) {
      parts = recent.get(key);
    }
    if (parts == null) {
      parts = cut(JsonOps.toJsonString(response(answer.withId(placeholder))));
      if (parts == null) return JsonOps.toJsonString(response(answer)).getBytes(StandardCharsets.UTF_8);
      synchronized (recent) {
        recent.put(key, parts);
      }
    }
    byte[] id = quoted(answer.id());
    int length = id.length * (parts.size() - 1);
    for (byte[] part : parts) length += part.length;
    byte[] json = new byte[length];
    int at = 0;
    for (int i = 0; i < parts.size(); i++) {
      if (i > 0) {
        System.arraycopy(id, 0, json, at, id.length);
        at += id.length;
      }
      byte[] part = parts.get(i);
      System.arraycopy(part, 0, json, at, part.length);
      at += part.length;
    }
    return json;
  }

  /**
   * Returns the id as a JSON string in UTF-8: a signed id (letters, digits, {@code - _ .}) is quoted as it is, anything
   * else escaped by Gson, as Bolt would.
   */
  private static byte[] quoted(String id) {
    byte[] quoted = new byte[id.length() + 2];
    quoted[0] = '"';
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == '.')) {
        return STRINGS.toJson(id).getBytes(StandardCharsets.UTF_8);
      }
      quoted[i + 1] = (byte) c;
    }
    quoted[quoted.length - 1] = '"';
    return quoted;
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
   * Returns the rendering cut at the placeholder, each part in UTF-8, or null when the placeholder does not stand once in
   * each of the answer's buttons (then the answer's own text holds it, or the buttons are not there).
   */
  private List<byte[]> cut(String json) {
    List<byte[]> parts = new ArrayList<>();
    int from = 0;
    for (int at; (at = json.indexOf(quotedPlaceholder, from)) >= 0; from = at + quotedPlaceholder.length()) {
      parts.add(json.substring(from, at).getBytes(StandardCharsets.UTF_8));
    }
    parts.add(json.substring(from).getBytes(StandardCharsets.UTF_8));
    return parts.size() - 1 == SlackBlocks.BUTTONS ? parts : null;
  }
}
