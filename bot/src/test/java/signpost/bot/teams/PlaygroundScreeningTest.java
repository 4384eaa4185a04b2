package signpost.bot.teams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import signpost.bot.screening.RecordLinks;
import signpost.bot.server.Assistant;
import signpost.bot.server.SignpostServer;
import signpost.bot.server.TestServers;
import signpost.bot.web.HeadlessChromium;

/**
 * A guided screening in Teams, end to end with the Microsoft 365 Agents Playground: answers typed in its personal
 * chat, quick replies submitted from the cards (through its API as its page does, and by pressing the button on its
 * page in headless Chromium), to a complete record whose download link is signed for the person who kept it.
 */
class PlaygroundScreeningTest {

  private static final String PUBLIC_HOST = "signpost.example.org";
  private static final Pattern REFERENCE = Pattern.compile("Screening (SCR-[A-Z0-9-]+) so far");
  /** A manager's words from ../shared/eval/conversations.jsonl (c01), as they would type them. */
  private static final String VAGUE = "we're changing how the library works";
  private static final String ACTIVITY = "Three of our smaller village libraries would go to self-service 'open access': people "
      + "get in with their library card and a PIN, and staff would only be there two afternoons a week instead of five days.";
  private static final String AFFECTED = "Mostly older people, parents and carers bringing under-5s to rhyme time, and people "
      + "who come in to use the public computers, a lot of them for universal credit and job applications. Bus links to the "
      + "nearest town are poor.";
  private static final String EVIDENCE = "We've got footfall and loans data, and our 2023 user survey says about 40% of visitors "
      + "are over 65. We haven't spoken to disabled users or carers specifically yet.";
  private static final String MITIGATION = "We'd keep rhyme time and computer help on the staffed afternoons, recruit volunteer "
      + "digital buddies, and check the entrance and kiosks are accessible.";
  private static final String DECISION = "It goes to the Communities, Social Mobility and Inclusion Committee in March for a decision.";
  private static final String REVIEW_QUESTION = "When will you review how the change is working?";

  @TempDir
  static Path profile;

  private static Assistant assistant;
  private static SignpostServer server;
  private static Playground playground;
  private static PlaygroundChat chat;
  private static ChromeDriver driver;

  @BeforeAll
  static void start() throws Exception {
    // The Playground reaches the bot as 127.0.0.1; links name the public host, the first listed.
    assistant = Assistant.start(TestServers.config(Map.of("SIGNPOST_DEFAULT_ORG", "cambridgeshire", "TEAMS_LOCAL_DEVELOPMENT", "true",
        "SIGNPOST_PUBLIC_HOSTS", PUBLIC_HOST + ",127.0.0.1")));
    TeamsChannel teams = TeamsChannel.start(assistant.config(), assistant);
    server = SignpostServer.start(assistant, teams.mounts());
    playground = Playground.start(server.url().resolve(TeamsChannel.MESSAGES_PATH));
    chat = PlaygroundChat.open(playground.url());
    driver = HeadlessChromium.start(profile);
  }

  @AfterAll
  static void stop() throws Exception {
    if (driver != null) driver.quit();
    if (chat != null) chat.close();
    if (playground != null) playground.close();
    if (server != null) server.close();
    if (assistant != null) assistant.close();
  }

  @Test
  void a_screening_runs_in_the_personal_chat_to_a_complete_record_with_quick_replies_submitted_from_its_cards() throws Exception {
    PlaygroundPage page = new PlaygroundPage(driver).open(playground.url());

    String reference = reference(step(VAGUE));
    assertEquals(List.of("Residents", "Service users", "Staff"), choices(step(ACTIVITY)));
    JsonNode evidence = step(AFFECTED);
    assertEquals(List.of("Service data", "Complaints", "Nothing yet"), choices(evidence));
    JsonNode submitted = chat.submit(evidence, choice(evidence, "Service data").path("data"));
    assertEquals("Chosen: Service data", CardTexts.of(submitted.path("content")).get(0));
    assertEquals(List.of("Not yet"), choices(submitted));
    assertEquals(List.of("Nothing planned yet"), choices(step(EVIDENCE)));
    assertEquals(List.of("Cabinet", "A committee", "A director", "Me"), choices(step(MITIGATION)));
    JsonNode review = step(DECISION);
    assertEquals(List.of("In 3 months", "In 6 months", "In a year"), choices(review));
    int before = chat.cards().size();
    WebElement shown = page.press(REVIEW_QUESTION, "In 6 months", "That completes screening " + reference);
    JsonNode done = chat.await(before, card -> CardTexts.of(card.path("content")).contains("Chosen: In 6 months"));

    List<String> texts = CardTexts.of(done.path("content"));
    assertEquals("Chosen: In 6 months", texts.get(0));
    assertEquals("EqIA: required", texts.get(1));
    assertTrue(texts.contains("That completes screening " + reference + ". You can download the record, with a paragraph ready "
        + "for a committee report's equality implications."), texts.toString());
    assertEquals(List.of(), choices(done), "nothing is left to ask");
    String owner = assistant.owner("teams", chat.tenantId() + ":" + chat.userObjectId());
    assertEquals(Optional.of(owner), downloadOwner(done, reference), "the link is the person's, for this record");
    assertTrue(shown.getText().contains(ScreeningSteps.DOWNLOAD), shown.getText());
    for (JsonNode card : chat.cards().stream().filter(card -> !card.path("content").path("body").path(0).path("text").asText()
        .startsWith("Signpost answers questions")).toList()) {
      assertEquals(reference, reference(card), "one screening all through the chat");
    }
    page.screenshot(shown, HeadlessChromium.screenshotFile("teams-screening.png").toPath());
    save(done.path("content"));
  }

  /**
   * Types a message in the personal chat and returns the screening card that answers it: the Playground may welcome
   * the page's session in between.
   */
  private static JsonNode step(String text) throws Exception {
    return chat.ask(text, card -> REFERENCE.matcher(String.join("\n", CardTexts.of(card.path("content")))).find());
  }

  private static String reference(JsonNode attachment) {
    Matcher found = REFERENCE.matcher(String.join("\n", CardTexts.of(attachment.path("content"))));
    assertTrue(found.find(), attachment.toString());
    return found.group(1);
  }

  /** Returns the titles of the card's quick replies: the {@code Action.Submit} buttons in its body. */
  private static List<String> choices(JsonNode attachment) {
    List<String> titles = new ArrayList<>();
    for (JsonNode set : attachment.path("content").path("body")) {
      for (JsonNode action : set.path("actions")) {
        if ("Action.Submit".equals(action.path("type").asText()) && "reply".equals(action.at("/data/verb").asText())) {
          titles.add(action.path("title").asText());
        }
      }
    }
    return titles;
  }

  private static JsonNode choice(JsonNode attachment, String title) {
    for (JsonNode set : attachment.path("content").path("body")) {
      for (JsonNode action : set.path("actions")) if (title.equals(action.path("title").asText())) return action;
    }
    throw new AssertionError("no choice " + title + " on " + attachment);
  }

  /** Returns whom the card's download link lets fetch {@code reference}, after checking where it points. */
  private static Optional<String> downloadOwner(JsonNode attachment, String reference) {
    String url = null;
    for (JsonNode set : attachment.path("content").path("body")) {
      for (JsonNode action : set.path("actions")) {
        if ("Action.OpenUrl".equals(action.path("type").asText()) && ScreeningSteps.DOWNLOAD.equals(action.path("title").asText())) {
          url = action.path("url").asText();
        }
      }
    }
    assertNotNull(url, attachment.toString());
    String prefix = "https://" + PUBLIC_HOST + RecordLinks.PATH + reference + ".pdf?token=";
    assertTrue(url.startsWith(prefix), url);
    return assistant.downloadTokens().owner(url.substring(prefix.length()), reference);
  }

  /** Keeps the final card's JSON beside the screenshot, to look at or paste into the Adaptive Cards designer. */
  private static void save(JsonNode card) throws Exception {
    Path file = HeadlessChromium.screenshotFile("screenshots/teams-screening-card.json").toPath();
    Files.createDirectories(file.getParent());
    Files.writeString(file, new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(card));
  }
}
