package signpost.bot.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import signpost.bot.core.Feedback;

/**
 * A server stopped and started again on the same data folder, as {@code serve} restarts: the screening and the
 * rating given before are still there, the screening for its owner only.
 */
class RestartTest {

  private static final String EQIA = "Do I need an EqIA for closing the Tuesday lunch club at the library?";
  private static final String WHO = "About 30 regulars, mostly older people and some disabled adults.";

  @Test
  void screenings_and_ratings_outlive_a_restart_and_stay_their_owners() throws Exception {
    Path data = TestServers.dataFolder();
    Map<String, String> settings = Map.of("SIGNPOST_DEFAULT_ORG", "derbyshire", "SIGNPOST_DATA", data.toString());
    String reference;
    String conversation;
    String rated;
    try (Assistant assistant = Assistant.start(TestServers.config(settings));
         SignpostServer server = SignpostServer.start(assistant, TestServers.none())) {
      ApiClient api = new ApiClient(server.url());
      JsonNode opened = api.ask(EQIA, null);
      conversation = opened.get("conversation").asText();
      JsonNode answered = api.ask(WHO, conversation);
      reference = answered.at("/screening/reference").asText();
      rated = answered.get("id").asText();
      assertEquals(204, api.post("api/feedback", "{\"id\": \"" + rated + "\", \"helpful\": true}").statusCode());
    }

    try (Assistant assistant = Assistant.start(TestServers.config(settings));
         SignpostServer server = SignpostServer.start(assistant, TestServers.none())) {
      ApiClient api = new ApiClient(server.url());
      HttpResponse<byte[]> record = api.get("api/screenings/" + reference, "Authorization", "Bearer " + conversation);
      assertEquals(200, record.statusCode(), ApiClient.text(record));
      JsonNode json = ApiClient.json(record);
      assertEquals(List.of(WHO), strings(json.get("affected")));
      HttpResponse<byte[]> pdf = api.get("api/screenings/" + reference + ".pdf", "Authorization", "Bearer " + conversation);
      assertEquals(200, pdf.statusCode());
      try (PDDocument document = Loader.loadPDF(pdf.body())) {
        String text = new PDFTextStripper().getText(document);
        assertTrue(text.contains(reference) && text.contains("disability"), text);
      }

      String stranger = api.ask("What is the Public Sector Equality Duty?", null).get("conversation").asText();
      assertEquals(404, api.get("api/screenings/" + reference, "Authorization", "Bearer " + stranger).statusCode());
      assertEquals(401, api.get("api/screenings/" + reference).statusCode());
      assertTrue(assistant.feedback().all().contains(new Feedback(rated, true, "web")), assistant.feedback().all().toString());
    }
  }

  private static List<String> strings(JsonNode array) {
    return java.util.stream.StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
  }
}
