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

/**
 * The JSON of a {@code /edi} acknowledgement carrying an answer, rendered once for each answer and then only filled
 * with each copy's id. The answer cache hands out copies of one answer that differ only in their ids, and rendering
 * one as Block Kit and serialising it was most of an answered repeat's time on the request thread. An answer is
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
  /** The rendering of recent answers, by the answer without its id, cut where the id goes; guarded by itself. */
  private final Map<Answer, List<String>> recent = new LinkedHashMap<>(64, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<Answer, List<String>> eldest) {
      return size() > KEPT;
    }
  };

  /** Returns the acknowledgement of {@code answer} as JSON, exactly as Bolt would serialise {@link #response}. */
  String json(Answer answer) {
    if (answer.id() == null) return JsonOps.toJsonString(response(answer));
    Answer withoutId = answer.withId(null);
    List<String> parts;
    synchronized (recent) {
      parts = recent.get(withoutId);
    }
    if (parts == null) {
      parts = cut(JsonOps.toJsonString(response(answer.withId(placeholder))));
      if (parts == null) return JsonOps.toJsonString(response(answer));
      synchronized (recent) {
        recent.put(withoutId, parts);
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

  /** Returns how many renderings are kept now. */
  int size() {
    synchronized (recent) {
      return recent.size();
    }
  }

  /** Returns the acknowledgement of an answer: private to the asker, its short text and its blocks. */
  static SlashCommandResponse response(Answer answer) {
    return SlashCommandResponse.builder().responseType("ephemeral").text(SlackBlocks.fallback(answer))
        .blocks(SlackBlocks.answer(answer)).build();
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
