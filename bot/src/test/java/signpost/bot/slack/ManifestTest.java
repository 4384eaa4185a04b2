package signpost.bot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The Slack app manifest an admin pastes into Slack matches what the channel serves. */
class ManifestTest {

  private static JsonNode manifest() throws Exception {
    for (String candidate : new String[] {"../deploy/slack/manifest.yml", "deploy/slack/manifest.yml"}) {
      Path file = Path.of(candidate);
      if (Files.isRegularFile(file)) return new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
    }
    throw new IllegalStateException("deploy/slack/manifest.yml not found from " + Path.of("").toAbsolutePath());
  }

  private static Set<String> strings(JsonNode array) {
    Set<String> out = new TreeSet<>();
    array.forEach(node -> out.add(node.asText()));
    return out;
  }

  @Test
  void every_request_url_is_the_events_path_the_channel_mounts() throws Exception {
    JsonNode manifest = manifest();
    List<String> urls = new ArrayList<>();
    urls.add(manifest.at("/features/slash_commands/0/url").asText());
    urls.add(manifest.at("/settings/event_subscriptions/request_url").asText());
    urls.add(manifest.at("/settings/interactivity/request_url").asText());

    for (String url : urls) assertEquals("https://YOUR-HOST" + SlackChannel.EVENTS_PATH, url);
    assertTrue(manifest.at("/settings/interactivity/is_enabled").asBoolean());
  }

  @Test
  void it_declares_the_command_events_scopes_and_home_tab_the_channel_handles() throws Exception {
    JsonNode manifest = manifest();

    assertEquals(SlashCommand.NAME, manifest.at("/features/slash_commands/0/command").asText());
    assertEquals(Set.of("app_home_opened", "app_mention", "message.im"), strings(manifest.at("/settings/event_subscriptions/bot_events")));
    assertEquals(Set.of("app_mentions:read", "chat:write", "commands", "im:history", "im:read", "im:write"),
        strings(manifest.at("/oauth_config/scopes/bot")));
    assertTrue(manifest.at("/features/app_home/home_tab_enabled").asBoolean());
    assertTrue(manifest.at("/features/app_home/messages_tab_enabled").asBoolean());
    assertEquals(false, manifest.at("/settings/socket_mode_enabled").asBoolean());
  }
}
