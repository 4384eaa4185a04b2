package signpost.bot.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import signpost.bot.conversation.ReplyJson;
import signpost.bot.conversation.ScreeningRecords;
import signpost.bot.screening.Screening;
import signpost.bot.screening.ScreeningMarkdown;
import signpost.bot.screening.ScreeningPdf;

/**
 * The caller's EqIA screening records: {@code GET /api/screenings} lists them; {@code GET /api/screenings/{reference}}
 * returns one as JSON, {@code .md} as Markdown and {@code .pdf} as PDF, both as attachments; {@code DELETE} removes
 * one (204). Only the owner reaches a record (see {@link Callers}): without credentials the answer is 401, and a
 * record that is someone else's is a 404 exactly like one that does not exist.
 */
final class ScreeningsServlet extends HttpServlet {

  private final transient Assistant assistant;
  private final transient Callers callers;

  ScreeningsServlet(Assistant assistant) {
    this.assistant = assistant;
    this.callers = new Callers(assistant);
  }

  /** How a record is sent, by the extension of its path. */
  private enum Format { JSON, MARKDOWN, PDF }

  /** A path after {@code /api/screenings/}: the reference in capitals, as references are made, and the format. */
  private record Wanted(String reference, Format format) {

    static Wanted of(String path) {
      int dot = path.lastIndexOf('.');
      String extension = dot < 0 ? "" : path.substring(dot + 1);
      Format format = switch (extension) {
        case "" -> Format.JSON;
        case "md" -> Format.MARKDOWN;
        case "pdf" -> Format.PDF;
        default -> null;
      };
      String reference = (dot < 0 ? path : path.substring(0, dot)).toUpperCase(Locale.ROOT);
      return format == null ? null : new Wanted(reference, format);
    }
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String path = path(request);
    if (path.isEmpty()) {
      list(request, response);
      return;
    }
    Wanted wanted = Wanted.of(path);
    Optional<Screening> found = find(request, response, wanted == null ? path : wanted.reference());
    if (found == null) return;
    if (found.isEmpty() || wanted == null) {
      notFound(response);
      return;
    }
    Screening screening = found.get();
    switch (wanted.format()) {
      case JSON -> JsonResponses.write(response, 200, record(screening));
      case MARKDOWN -> attachment(response, "text/markdown; charset=utf-8", screening.reference() + ".md",
          ScreeningMarkdown.render(screening).getBytes(StandardCharsets.UTF_8));
      case PDF -> attachment(response, "application/pdf", screening.reference() + ".pdf", ScreeningPdf.render(screening));
    }
  }

  @Override
  protected void doDelete(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String reference = path(request).toUpperCase(Locale.ROOT);
    Set<String> owners = callers.owners(request, response, reference.isEmpty() ? null : reference);
    if (owners == null) return;
    ScreeningRecords records = assistant.dialogue().screenings();
    if (reference.isEmpty() || owners.stream().noneMatch(owner -> records.delete(owner, reference))) {
      notFound(response);
      return;
    }
    response.setStatus(204);
  }

  private void list(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Set<String> owners = callers.owners(request, response, null);
    if (owners == null) return;
    // One person may come with both the web session and a conversation of their API client.
    Map<String, Screening> all = new LinkedHashMap<>();
    for (String owner : owners) assistant.dialogue().screenings().of(owner).forEach(s -> all.put(s.reference(), s));
    ObjectNode body = JsonResponses.MAPPER.createObjectNode();
    ArrayNode list = body.putArray("screenings");
    all.values().stream().sorted((a, b) -> b.updated().compareTo(a.updated())).forEach(s -> list.addObject()
        .put("reference", s.reference()).put("status", s.status().wireName())
        .put("verdict", s.verdict() == null ? null : s.verdict().wireName())
        .put("activity", s.activity()).put("updated", s.updated().toString()));
    JsonResponses.write(response, 200, body);
  }

  /** Returns the caller's record, empty when it is not theirs or not there, or null after answering 401. */
  private Optional<Screening> find(HttpServletRequest request, HttpServletResponse response, String reference)
      throws IOException {
    Set<String> owners = callers.owners(request, response, reference);
    if (owners == null) return null;
    ScreeningRecords records = assistant.dialogue().screenings();
    return owners.stream().map(owner -> records.find(owner, reference)).flatMap(Optional::stream).findFirst();
  }

  /** Returns the record as JSON: the fields of a reply's {@code screening}, with its organisation and reasons. */
  private static ObjectNode record(Screening screening) {
    ObjectNode json = JsonResponses.MAPPER.createObjectNode();
    ReplyJson.screening(json, screening);
    json.put("organisation", screening.organisation());
    ArrayNode reasons = json.putArray("reasons");
    screening.reasons().forEach(reasons::add);
    return json;
  }

  private static void attachment(HttpServletResponse response, String type, String file, byte[] body) throws IOException {
    response.setStatus(200);
    response.setContentType(type);
    response.setHeader("Content-Disposition", "attachment; filename=\"" + file + "\"");
    response.setHeader("Cache-Control", "no-store");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  private static void notFound(HttpServletResponse response) throws IOException {
    JsonResponses.error(response, 404, "no screening record of yours has that reference");
  }

  /** Returns the path after {@code /api/screenings/}, empty for the list itself. */
  private static String path(HttpServletRequest request) {
    String info = request.getPathInfo();
    return info == null || info.equals("/") ? "" : info.substring(1);
  }
}
