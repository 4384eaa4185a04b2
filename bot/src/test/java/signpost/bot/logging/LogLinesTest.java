package signpost.bot.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import signpost.bot.config.LogFormat;
import signpost.bot.server.CapturedLog;

/** The runnable jar's log lines, through the real Logback set-up: readable by default, one JSON object a line when chosen. */
class LogLinesTest {

  private static final Logger LOG = LoggerFactory.getLogger("signpost.test.LogLinesTest");
  private static final ObjectMapper JSON = new ObjectMapper();

  @AfterEach
  void readable_again() {
    Logs.use(LogFormat.TEXT);
  }

  private static List<String> logged(Runnable logging) {
    try (CapturedLog captured = new CapturedLog()) {
      logging.run();
      return captured.text().lines().toList();
    }
  }

  @Test
  void by_default_a_line_is_readable_with_the_request_id_in_brackets_when_there_is_one() {
    List<String> lines = logged(() -> {
      LOG.info("without a request");
      try (RequestId.Scope scope = RequestId.open("req-7")) {
        LOG.warn("within request {}", 7);
      }
    });

    assertEquals(2, lines.size(), lines.toString());
    assertTrue(lines.get(0).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}[+-]\\d{4} \\[[^]]+] INFO "
        + "signpost\\.test\\.LogLinesTest - without a request"), lines.get(0));
    assertTrue(lines.get(1).endsWith("] WARN signpost.test.LogLinesTest [req-7] - within request 7"), lines.get(1));
  }

  @Test
  void in_json_each_event_is_one_object_on_one_line_with_its_request_id_and_any_error() throws Exception {
    Logs.use(LogFormat.JSON);
    Instant before = Instant.now().minusSeconds(1);

    List<String> lines = logged(() -> {
      try (RequestId.Scope scope = RequestId.open("Ev_JSON")) {
        LOG.error("a \"quoted\"\nsecond line", new IllegalStateException("broken"));
      }
      LOG.info("after");
    });

    assertEquals(2, lines.size(), lines.toString());
    JsonNode first = JSON.readTree(lines.get(0));
    assertEquals("ERROR", first.get("level").asText());
    assertEquals("signpost.test.LogLinesTest", first.get("logger").asText());
    assertEquals("Ev_JSON", first.get("request_id").asText());
    assertEquals("a \"quoted\"\nsecond line", first.get("message").asText());
    assertTrue(first.get("error").asText().startsWith("java.lang.IllegalStateException: broken"), first.toString());
    assertFalse(Instant.parse(first.get("time").asText()).isBefore(before));
    assertFalse(JSON.readTree(lines.get(1)).has("request_id"), lines.get(1));
  }
}
