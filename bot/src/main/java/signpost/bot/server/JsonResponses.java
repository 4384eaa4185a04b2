package signpost.bot.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Writes JSON bodies, and errors as {@code {"error": "...", "status": 400}}: never a stack trace. Every servlet of
 * the server and the channels answers through it, so errors look the same everywhere.
 */
public final class JsonResponses {

  static final ObjectMapper MAPPER = new ObjectMapper();

  private JsonResponses() {}

  /** Writes a JSON body with the status, uncached. */
  public static void write(HttpServletResponse response, int status, JsonNode body) throws IOException {
    response.setStatus(status);
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    response.setHeader("Cache-Control", "no-store");
    byte[] bytes = MAPPER.writeValueAsBytes(body);
    response.setContentLength(bytes.length);
    response.getOutputStream().write(bytes);
  }

  /** Writes {@code {"error": message, "status": status}}. */
  public static void error(HttpServletResponse response, int status, String message) throws IOException {
    ObjectNode body = MAPPER.createObjectNode();
    body.put("error", message);
    body.put("status", status);
    write(response, status, body);
  }

  static String utf8(byte[] body) {
    return new String(body, StandardCharsets.UTF_8);
  }

  /**
   * Returns the request's body as a JSON object, or null after answering 400 when it is malformed or not
   * an object ({@code example} shows the caller what to send).
   */
  public static JsonNode readObject(HttpServletRequest request, HttpServletResponse response, String example) throws IOException {
    JsonNode body;
    try {
      body = MAPPER.readTree(request.getInputStream().readAllBytes());
    } catch (JsonProcessingException e) {
      error(response, 400, "malformed JSON: " + e.getOriginalMessage());
      return null;
    }
    if (body == null || !body.isObject()) {
      error(response, 400, "expected a JSON object like " + example);
      return null;
    }
    return body;
  }
}
