package signpost.bot.teams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import signpost.bot.config.TeamsMode;
import signpost.bot.conversation.Inbound;
import signpost.bot.core.Answer;
import signpost.bot.core.Question;
import signpost.bot.server.Assistant;
import signpost.bot.server.SignpostServer;
import signpost.bot.server.TestServers;
import signpost.bot.web.HeadlessChromium;
import signpost.knowledge.org.Organisation;
import signpost.rules.decision.Verdict;

/**
 * Signpost in local development mode, end to end with the Microsoft 365 Agents Playground (Teams' offline stand-in,
 * with its own mocked Bot Connector): questions sent through the Playground's API, and typed on its page in headless
 * Chromium, come back as Adaptive Cards 1.5 with the verdict and citations the answer pipeline gives for them.
 */
class PlaygroundTest {

  private static final String ORGANISATION = "cambridgeshire";
  private static final String PSED_QUESTION = "What does the PSED mean for my team?";
  private static final String EQIA_QUESTION = "Do I need an EqIA for cutting day-centre hours?";
  private static final String OBJECTIVES_QUESTION = "What are our equality objectives?";

  @TempDir
  static Path profile;

  private static Assistant assistant;
  private static SignpostServer server;
  private static Playground playground;
  private static PlaygroundChat chat;
  private static ChromeDriver driver;

  @BeforeAll
  static void start() throws Exception {
    assistant = Assistant.start(TestServers.config(Map.of("SIGNPOST_DEFAULT_ORG", ORGANISATION, "TEAMS_LOCAL_DEVELOPMENT", "true")));
    TeamsChannel teams = TeamsChannel.start(assistant.config(), assistant);
    assertEquals(TeamsMode.LOCAL_DEVELOPMENT, teams.mode());
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
  void a_question_sent_through_the_playground_comes_back_as_an_adaptive_card_citing_its_sources() throws Exception {
    Answer expected = expected(PSED_QUESTION);

    JsonNode attachment = chat.ask(PSED_QUESTION);

    assertEquals("application/vnd.microsoft.card.adaptive", attachment.path("contentType").asText());
    JsonNode card = attachment.path("content");
    assertEquals("1.5", card.path("version").asText());
    assertEquals(citations(expected), CardTexts.citations(card));
    assertEquals(AnswerCard.of(expected).plain(), card.path("fallbackText").asText(), "the card says what the pipeline answers");
  }

  @Test
  void an_eqia_question_gets_its_verdict_at_the_top_of_the_card_above_the_citations() throws Exception {
    Answer expected = assistant.dialogue().reply(new Inbound("expected:" + UUID.randomUUID(), "expected", "expected", EQIA_QUESTION,
        ORGANISATION)).answer();
    assertEquals(Verdict.REQUIRED, expected.eqia().verdict());

    JsonNode card;
    try {
      card = chat.ask(EQIA_QUESTION).path("content");
    } finally {
      chat.ask("never mind"); // drops the screening the question opened, which the other tests' answers would mention
    }

    assertEquals("1.5", card.path("version").asText());
    assertEquals(AnswerCard.verdict(expected.eqia()).json(), card.path("body").path(0));
    assertEquals("EqIA: " + expected.eqia().verdict().label(), CardTexts.of(card).get(0));
    assertEquals(citations(expected), CardTexts.citations(card));
  }

  @Test
  void installing_signpost_in_the_personal_chat_twice_welcomes_it_once() throws Exception {
    JsonNode welcome = WelcomeCard.of(organisationName()).json();

    chat.install();
    chat.await(0, attachment -> attachment.path("content").equals(welcome));
    chat.install();
    chat.ask(PSED_QUESTION); // sent after the second installation's events: a second welcome would come before its answer

    assertEquals(1, chat.cards().stream().filter(attachment -> attachment.path("content").equals(welcome)).count());
  }

  @Test
  void a_question_typed_on_the_playground_page_shows_its_answer_card_with_section_and_page() throws IOException {
    Answer expected = expected(OBJECTIVES_QUESTION);
    List<String> citations = citations(expected);
    assertTrue(expected.sources().stream().anyMatch(source -> source.page() != null), "a source with a page: " + citations);

    PlaygroundPage page = new PlaygroundPage(driver).open(playground.url());
    WebElement card = page.ask(OBJECTIVES_QUESTION, citations.get(0));

    for (String citation : citations) assertTrue(card.getText().contains(citation), citation + " in:\n" + card.getText());
    page.screenshot(card, HeadlessChromium.screenshotFile("teams-playground.png").toPath());
  }

  /** Returns what the answer pipeline answers for the same organisation, over the same knowledge and rules. */
  private static Answer expected(String question) {
    Answer answer = assistant.pipeline().answer(new Question("expected", question, ORGANISATION));
    assertFalse(answer.sources().isEmpty(), "the pipeline cites nothing for " + question);
    return answer;
  }

  /** Returns the numbered sources as the answer card lists them: "[1] Title > Section, p. 15". */
  private static List<String> citations(Answer answer) {
    return IntStream.range(0, answer.sources().size()).mapToObj(i -> AnswerCard.source(i + 1, answer.sources().get(i))).toList();
  }

  private static String organisationName() {
    return assistant.knowledge().organisation(ORGANISATION).map(Organisation::name).orElseThrow();
  }
}
