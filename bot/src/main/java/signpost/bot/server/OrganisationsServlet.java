package signpost.bot.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** {@code GET /api/orgs}: the organisations Signpost answers for, and the default, for the web chat's picker. */
final class OrganisationsServlet extends HttpServlet {

  private final transient Assistant assistant;

  OrganisationsServlet(Assistant assistant) {
    this.assistant = assistant;
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    ObjectNode body = JsonResponses.MAPPER.createObjectNode();
    body.put("default", assistant.config().defaultOrganisation());
    ArrayNode list = body.putArray("organisations");
    assistant.knowledge().knownOrganisations().names().forEach((id, name) -> list.addObject().put("id", id).put("name", name));
    JsonResponses.write(response, 200, body);
  }
}
