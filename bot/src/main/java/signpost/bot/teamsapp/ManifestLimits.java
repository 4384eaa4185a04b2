package signpost.bot.teamsapp;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * Checks a filled manifest against the limits Teams enforces when an app is uploaded, so a package that would be
 * refused is refused here, naming the field (as a JSON pointer) and its value.
 */
final class ManifestLimits {

  /** The longest text Teams accepts in each field; {@code /name/full} alone may be left out. */
  static final Map<String, Integer> TEXT = Map.of(
      "/name/short", 30, "/name/full", 100, "/description/short", 80, "/description/full", 4000, "/developer/name", 32);
  static final int COMMAND_LISTS = 3;
  static final int COMMANDS = 10;
  static final int TITLE = 32;
  static final int COMMAND_DESCRIPTION = 128;
  private static final String[] URLS = {"/developer/websiteUrl", "/developer/privacyUrl", "/developer/termsOfUseUrl"};

  private ManifestLimits() {}

  /**
   * Checks {@code manifest}, filled with {@code values}.
   *
   * @throws TeamsAppException naming the first field that is over a limit, missing, or not what {@code values} says
   */
  static void check(JsonNode manifest, PackageValues values) {
    TEXT.forEach((pointer, max) -> text(manifest, pointer, max));
    same(manifest, "/id", values.botId());
    if (manifest.path("bots").size() != 1) fail("/bots", "must hold exactly one bot: " + manifest.path("bots"));
    same(manifest, "/bots/0/botId", values.botId());
    JsonNode lists = manifest.at("/bots/0/commandLists");
    if (lists.size() > COMMAND_LISTS) {
      fail("/bots/0/commandLists", "has " + lists.size() + " lists; Teams allows " + COMMAND_LISTS);
    }
    for (int i = 0; i < lists.size(); i++) commands(manifest, "/bots/0/commandLists/" + i + "/commands");
    for (String url : URLS) {
      if (!manifest.at(url).asText().startsWith("https://")) fail(url, "must be an https:// URL: " + manifest.at(url));
    }
    boolean listed = false;
    for (JsonNode domain : manifest.path("validDomains")) listed |= domain.asText().equals(values.host());
    if (!listed) fail("/validDomains", "must list the host " + values.host() + ": " + manifest.path("validDomains"));
  }

  private static void commands(JsonNode manifest, String pointer) {
    JsonNode commands = manifest.at(pointer);
    if (commands.size() > COMMANDS) fail(pointer, "has " + commands.size() + " commands; Teams allows " + COMMANDS);
    for (int i = 0; i < commands.size(); i++) {
      text(manifest, pointer + "/" + i + "/title", TITLE);
      text(manifest, pointer + "/" + i + "/description", COMMAND_DESCRIPTION);
    }
  }

  private static void text(JsonNode manifest, String pointer, int max) {
    JsonNode node = manifest.at(pointer);
    if (node.isMissingNode() && pointer.equals("/name/full")) return;
    if (node.isMissingNode()) fail(pointer, "is missing");
    if (!node.isTextual() || node.asText().isBlank()) fail(pointer, "must be some text: " + node);
    int length = node.asText().codePointCount(0, node.asText().length());
    if (length > max) fail(pointer, "is " + length + " characters; Teams allows " + max + ": " + node);
  }

  private static void same(JsonNode manifest, String pointer, String botId) {
    JsonNode node = manifest.at(pointer);
    if (!node.asText().equals(botId)) fail(pointer, "must be the bot id " + botId + ": " + node);
  }

  private static void fail(String pointer, String problem) {
    throw new TeamsAppException(ManifestTemplate.FILE + " " + pointer + " " + problem);
  }
}
