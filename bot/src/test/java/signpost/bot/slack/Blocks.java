package signpost.bot.slack;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Reads Block Kit JSON in tests: section texts, context lines, the last block. */
final class Blocks {

  private Blocks() {}

  /** Returns a section's mrkdwn text. */
  static String text(JsonNode block) {
    return block.get("text").get("text").asText();
  }

  /** Returns the texts of every context element, in order. */
  static List<String> contextLines(JsonNode blocks) {
    List<String> lines = new ArrayList<>();
    for (JsonNode block : blocks) {
      if (block.get("type").asText().equals("context")) block.get("elements").forEach(e -> lines.add(e.get("text").asText()));
    }
    return lines;
  }

  /** Returns the texts of every section, in order. */
  static List<String> sections(JsonNode blocks) {
    List<String> texts = new ArrayList<>();
    for (JsonNode block : blocks) if (block.get("type").asText().equals("section")) texts.add(text(block));
    return texts;
  }

  static JsonNode last(JsonNode blocks) {
    return blocks.get(blocks.size() - 1);
  }
}
