package signpost.bot.teamsapp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a template's {@code manifest.json} and fills its {@code ${...}} placeholders, string by string. */
final class ManifestTemplate {

  static final String FILE = "manifest.json";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{[^}]*}");

  private ManifestTemplate() {}

  /**
   * Returns the manifest in {@code folder} with every placeholder replaced.
   *
   * @throws TeamsAppException when the file is missing or not JSON, or names a placeholder there is no value for
   */
  static ObjectNode fill(Path folder, Map<String, String> values) {
    Path file = folder.resolve(FILE);
    JsonNode manifest = read(file);
    if (!(manifest instanceof ObjectNode object)) throw new TeamsAppException(file + " is not a JSON object");
    fill(object, values, file, "");
    return object;
  }

  private static JsonNode read(Path file) {
    try {
      return JSON.readTree(Files.readString(file));
    } catch (NoSuchFileException e) {
      throw new TeamsAppException("the Teams app template has no " + FILE + ": " + file);
    } catch (JsonProcessingException e) {
      throw new TeamsAppException(file + ":" + e.getLocation().getLineNr() + ": not valid JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new TeamsAppException("cannot read " + file + ": " + e, e);
    }
  }

  /** Returns {@code node} with placeholders replaced in every string under it; {@code at} is its JSON pointer. */
  private static JsonNode fill(JsonNode node, Map<String, String> values, Path file, String at) {
    if (node.isTextual()) return new TextNode(filled(node.asText(), values, file, at));
    if (node instanceof ObjectNode object) {
      for (Map.Entry<String, JsonNode> field : object.properties()) {
        field.setValue(fill(field.getValue(), values, file, at + "/" + field.getKey()));
      }
    } else if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) array.set(i, fill(array.get(i), values, file, at + "/" + i));
    }
    return node;
  }

  private static String filled(String text, Map<String, String> values, Path file, String at) {
    StringBuilder out = new StringBuilder();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      String value = values.get(m.group());
      if (value == null) throw new TeamsAppException(file + ": unknown placeholder " + m.group() + " at " + at
          + "; known: " + values.keySet().stream().sorted().toList());
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    return m.appendTail(out).toString();
  }
}
