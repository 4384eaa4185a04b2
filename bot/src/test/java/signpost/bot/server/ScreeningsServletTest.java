package signpost.bot.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code /api/screenings} on a real server: each record reached only with its owner's credentials (the web session,
 * a Bearer conversation id, a signed link), never with the reference alone, and someone else's record is
 * indistinguishable from none.
 */
class ScreeningsServletTest {

  private static final String EQIA = "Do I need an EqIA for cutting day-centre hours?";
  private static final String WHO = "Mostly older people and disabled adults, about 120 a week.";
  private static final String NOBODYS = "SCR-0000-0000-0000-0000";
  private static Assistant assistant;
  private static SignpostServer server;
  private static ApiClient api;

  @BeforeAll
  static void start() {
    assistant = Assistant.start(TestServers.config(Map.of("SIGNPOST_DEFAULT_ORG", "cambridgeshire")));
    server = SignpostServer.start(assistant, TestServers.none());
    api = new ApiClient(server.url());
  }

  @AfterAll
  static void stop() {
    server.close();
    assistant.close();
  }

  /** A screening started in the web chat: its reference, and the browser's cookie. */
  private record Started(String reference, String cookie, String conversation) {}

  private static Started inTheWebChat() {
    String cookie = api.session();
    JsonNode opened = api.ask(EQIA, null, "Cookie", cookie);
    api.ask(WHO, opened.get("conversation").asText(), "Cookie", cookie);
    return new Started(opened.at("/screening/reference").asText(), cookie, opened.get("conversation").asText());
  }

  private static Started byAnApiClient() {
    JsonNode opened = api.ask(EQIA, null);
    return new Started(opened.at("/screening/reference").asText(), null, opened.get("conversation").asText());
  }

  @Test
  void the_web_session_lists_its_own_screenings_and_no_one_elses() {
    Started mine = inTheWebChat();
    Started theirs = inTheWebChat();

    JsonNode list = ApiClient.json(api.get("api/screenings", "Cookie", mine.cookie()));

    assertEquals(List.of(mine.reference()), references(list));
    JsonNode entry = list.at("/screenings/0");
    assertEquals(List.of("reference", "status", "verdict", "activity", "updated"), fields(entry));
    assertEquals("open", entry.get("status").asText());
    assertEquals("required", entry.get("verdict").asText());
    assertTrue(!references(ApiClient.json(api.get("api/screenings", "Cookie", theirs.cookie()))).contains(mine.reference()));
  }

  @Test
  void an_api_client_reaches_its_records_with_its_conversation_id_as_a_bearer_token() {
    Started mine = byAnApiClient();

    JsonNode list = ApiClient.json(api.get("api/screenings", "Authorization", "Bearer " + mine.conversation()));
    HttpResponse<byte[]> record = api.get("api/screenings/" + mine.reference(), "Authorization", "Bearer " + mine.conversation());

    assertEquals(List.of(mine.reference()), references(list));
    assertEquals(200, record.statusCode());
    assertEquals(mine.reference(), ApiClient.json(record).get("reference").asText());
    assertEquals("cambridgeshire", ApiClient.json(record).get("organisation").asText());
  }

  @Test
  void a_reference_alone_grants_nothing() {
    Started mine = inTheWebChat();

    for (String path : List.of("", ".md", ".pdf")) {
      HttpResponse<byte[]> response = api.get("api/screenings/" + mine.reference() + path);
      assertEquals(401, response.statusCode(), path);
      assertEquals("Bearer realm=\"signpost\"", response.headers().firstValue("WWW-Authenticate").orElseThrow());
      assertTrue(ApiClient.text(response).startsWith("{\"error\":\"screening records are their owner's"), ApiClient.text(response));
    }
    assertEquals(401, api.get("api/screenings").statusCode());
    assertEquals(401, api.delete("api/screenings/" + mine.reference()).statusCode());
    assertEquals(200, api.get("api/screenings/" + mine.reference(), "Cookie", mine.cookie()).statusCode());
  }

  @Test
  void someone_elses_record_is_a_404_exactly_like_a_record_that_does_not_exist() {
    Started mine = inTheWebChat();
    Started other = byAnApiClient();
    String stranger = api.session();

    for (String path : List.of("", ".md", ".pdf")) {
      HttpResponse<byte[]> theirs = api.get("api/screenings/" + mine.reference() + path, "Cookie", stranger);
      HttpResponse<byte[]> bearer = api.get("api/screenings/" + mine.reference() + path, "Authorization", "Bearer " + other.conversation());
      HttpResponse<byte[]> none = api.get("api/screenings/" + NOBODYS + path, "Cookie", stranger);

      assertEquals(404, theirs.statusCode(), path);
      assertEquals(404, bearer.statusCode(), path);
      assertEquals(ApiClient.text(none), ApiClient.text(theirs));
      assertEquals(ApiClient.text(none), ApiClient.text(bearer));
      assertEquals(none.headers().firstValue("Content-Type"), theirs.headers().firstValue("Content-Type"));
    }
  }

  @Test
  void the_record_downloads_as_markdown_and_as_a_pdf_holding_its_verdict_and_characteristics() throws IOException {
    Started mine = inTheWebChat();

    HttpResponse<byte[]> markdown = api.get("api/screenings/" + mine.reference() + ".md", "Cookie", mine.cookie());
    HttpResponse<byte[]> pdf = api.get("api/screenings/" + mine.reference().toLowerCase() + ".pdf", "Cookie", mine.cookie());

    assertEquals(200, markdown.statusCode());
    assertEquals("text/markdown;charset=utf-8", markdown.headers().firstValue("Content-Type").orElseThrow().toLowerCase().replace(" ", ""));
    assertEquals("attachment; filename=\"" + mine.reference() + ".md\"", markdown.headers().firstValue("Content-Disposition").orElseThrow());
    assertEquals("no-store", markdown.headers().firstValue("Cache-Control").orElseThrow());
    assertTrue(ApiClient.text(markdown).startsWith("# "), ApiClient.text(markdown));
    assertTrue(ApiClient.text(markdown).contains(mine.reference()));
    assertEquals(200, pdf.statusCode());
    assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElseThrow());
    assertEquals("attachment; filename=\"" + mine.reference() + ".pdf\"", pdf.headers().firstValue("Content-Disposition").orElseThrow());
    String text = pdfText(pdf.body());
    assertTrue(text.contains(mine.reference()), text);
    assertTrue(text.contains("A full EqIA is required"), text);
    assertTrue(text.contains("age not known") && text.contains("disability not known"), text);
  }

  @Test
  void a_signed_link_fetches_that_record_alone_and_cannot_delete_it() {
    Started mine = inTheWebChat();
    Started other = inTheWebChat();
    String owner = assistant.owner("web", mine.cookie().substring(mine.cookie().indexOf('=') + 1));
    String token = assistant.downloadTokens().issue(mine.reference(), owner);

    HttpResponse<byte[]> linked = api.get("api/screenings/" + mine.reference() + ".pdf?token=" + token);
    HttpResponse<byte[]> elsewhere = api.get("api/screenings/" + other.reference() + ".pdf?token=" + token);
    HttpResponse<byte[]> forged = api.get("api/screenings/" + mine.reference() + ".pdf?token=" + token.replace('.', 'x'));
    HttpResponse<byte[]> listed = api.get("api/screenings?token=" + token);
    HttpResponse<byte[]> deleted = api.delete("api/screenings/" + mine.reference() + "?token=" + token);

    assertEquals(200, linked.statusCode());
    assertArrayEquals("%PDF-".getBytes(), java.util.Arrays.copyOf(linked.body(), 5));
    assertEquals(404, elsewhere.statusCode());
    assertEquals(404, forged.statusCode());
    assertEquals(401, listed.statusCode());
    assertEquals(401, deleted.statusCode());
    assertEquals(200, api.get("api/screenings/" + mine.reference(), "Cookie", mine.cookie()).statusCode());
  }

  @Test
  void only_the_owner_deletes_a_record_and_then_it_is_gone() {
    Started mine = inTheWebChat();
    String stranger = api.session();

    HttpResponse<byte[]> byStranger = api.delete("api/screenings/" + mine.reference(), "Cookie", stranger);
    assertEquals(404, byStranger.statusCode());
    assertEquals(200, api.get("api/screenings/" + mine.reference(), "Cookie", mine.cookie()).statusCode());

    HttpResponse<byte[]> byOwner = api.delete("api/screenings/" + mine.reference(), "Cookie", mine.cookie());

    assertEquals(204, byOwner.statusCode());
    assertEquals(404, api.get("api/screenings/" + mine.reference(), "Cookie", mine.cookie()).statusCode());
    assertEquals(404, api.delete("api/screenings/" + mine.reference(), "Cookie", mine.cookie()).statusCode());
    assertEquals(List.of(), references(ApiClient.json(api.get("api/screenings", "Cookie", mine.cookie()))));
  }

  @Test
  void a_malformed_authorization_is_a_401_saying_what_to_send() {
    for (String authorization : List.of("Basic dXNlcjpwYXNz", "Bearer ", "Bearer short", "Bearer " + NOBODYS + "!")) {
      HttpResponse<byte[]> response = api.get("api/screenings", "Authorization", authorization);

      assertEquals(401, response.statusCode(), authorization);
      assertEquals("Authorization must be \"Bearer <conversation id>\", the id /api/ask returned",
          ApiClient.json(response).get("error").asText());
    }
  }

  @Test
  void a_delete_from_another_site_is_refused_before_it_is_read() {
    Started mine = inTheWebChat();

    HttpResponse<byte[]> response = api.delete("api/screenings/" + mine.reference(), "Cookie", mine.cookie(),
        "Origin", "https://evil.example");

    assertEquals(403, response.statusCode());
    assertEquals(200, api.get("api/screenings/" + mine.reference(), "Cookie", mine.cookie()).statusCode());
  }

  @Test
  void paths_that_name_no_record_are_404_for_a_caller_and_other_methods_405() {
    String cookie = inTheWebChat().cookie();

    for (String path : List.of("nothing", "SCR-0000.docx", "a/b", NOBODYS + ".txt")) {
      assertEquals(404, api.get("api/screenings/" + path, "Cookie", cookie).statusCode(), path);
    }
    HttpResponse<byte[]> post = api.post("api/screenings", "{}", "Cookie", cookie);
    assertEquals(405, post.statusCode());
    assertEquals(405, ApiClient.json(post).get("status").asInt());
  }

  private static String pdfText(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }

  private static List<String> references(JsonNode list) {
    List<String> out = new ArrayList<>();
    list.get("screenings").forEach(s -> out.add(s.get("reference").asText()));
    return out;
  }

  private static List<String> fields(JsonNode json) {
    List<String> out = new ArrayList<>();
    json.fieldNames().forEachRemaining(out::add);
    return out;
  }
}
