package signpost.bot.teamsapp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class ManifestLimitsTest {

  private static final PackageValues VALUES = PackageValues.of(ShippedTemplate.BOT_ID, ShippedTemplate.HOST);

  /** Returns why the shipped manifest, filled and then changed by {@code change}, is refused. */
  private static String refusal(Consumer<ObjectNode> change) {
    ObjectNode manifest = ManifestTemplate.fill(ShippedTemplate.folder(), VALUES.placeholders());
    change.accept(manifest);
    return assertThrows(TeamsAppException.class, () -> ManifestLimits.check(manifest, VALUES)).getMessage();
  }

  private static ObjectNode at(ObjectNode manifest, String pointer) {
    return (ObjectNode) manifest.at(pointer);
  }

  @Test
  void a_short_name_over_30_characters_is_refused_with_its_length() {
    assertEquals("manifest.json /name/short is 31 characters; Teams allows 30: \"" + "S".repeat(31) + "\"",
        refusal(m -> at(m, "/name").put("short", "S".repeat(31))));
  }

  @Test
  void a_command_title_over_32_characters_is_refused() {
    String title = "What does the PSED mean for my team?";
    assertEquals("manifest.json /bots/0/commandLists/1/commands/0/title is 36 characters; Teams allows 32: \"" + title + "\"",
        refusal(m -> at(m, "/bots/0/commandLists/1/commands/0").put("title", title)));
  }

  @Test
  void an_eleventh_command_is_refused() {
    assertEquals("manifest.json /bots/0/commandLists/0/commands has 11 commands; Teams allows 10", refusal(m -> {
      ArrayNode commands = (ArrayNode) m.at("/bots/0/commandLists/0/commands");
      while (commands.size() < 11) commands.add(commands.get(0).deepCopy());
    }));
  }

  @Test
  void a_bot_id_other_than_the_one_given_is_refused() {
    assertEquals("manifest.json /bots/0/botId must be the bot id " + ShippedTemplate.BOT_ID + ": \"00000000-0000-0000-0000-000000000000\"",
        refusal(m -> at(m, "/bots/0").put("botId", "00000000-0000-0000-0000-000000000000")));
  }

  @Test
  void valid_domains_without_the_host_are_refused() {
    assertEquals("manifest.json /validDomains must list the host signpost.council.gov.uk: [\"example.org\"]",
        refusal(m -> m.putArray("validDomains").add("example.org")));
  }

  @Test
  void a_plain_http_website_is_refused() {
    assertEquals("manifest.json /developer/websiteUrl must be an https:// URL: \"http://signpost.council.gov.uk/\"",
        refusal(m -> at(m, "/developer").put("websiteUrl", "http://signpost.council.gov.uk/")));
  }

  @Test
  void a_blank_short_description_is_refused() {
    assertEquals("manifest.json /description/short must be some text: \" \"", refusal(m -> at(m, "/description").put("short", " ")));
  }

  @Test
  void a_missing_full_description_is_refused() {
    assertEquals("manifest.json /description/full is missing", refusal(m -> at(m, "/description").remove("full")));
  }
}
