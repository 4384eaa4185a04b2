package signpost.bot.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import signpost.knowledge.LiveKnowledge;
import signpost.rules.engine.LiveRuleBase;

/**
 * {@code /healthz}: the process is up. {@code /readyz}: the index and rules are loaded and the server takes
 * questions, with what is loaded, the knowledge and rules generations (one more per good reload), whether their
 * watchers are alive and why the last reload was refused (null when it was not); 503 while starting or stopping. A
 * refused reload leaves the server ready: the last good knowledge and rules keep serving.
 */
final class HealthServlet extends HttpServlet {

  private final transient Assistant assistant;
  private final transient SignpostServer server;

  HealthServlet(Assistant assistant, SignpostServer server) {
    this.assistant = assistant;
    this.server = server;
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    ObjectNode body = JsonResponses.MAPPER.createObjectNode();
    if (request.getServletPath().equals("/healthz")) {
      body.put("status", "up");
      JsonResponses.write(response, 200, body);
      return;
    }
    boolean ready = server.accepting();
    body.put("status", ready ? "ready" : "not ready");
    body.put("documents", assistant.knowledge().report().documents().size());
    body.put("passages", assistant.knowledge().report().passages());
    body.putPOJO("organisations", assistant.knowledge().organisations().keySet());
    body.put("rules", assistant.rules().ruleNames().size());
    generations(body, assistant);
    JsonResponses.write(response, ready ? 200 : 503, body);
  }

  /** Writes the knowledge and rules generations, their watchers and the reason the last reload of each was refused. */
  static void generations(ObjectNode body, Assistant assistant) {
    LiveKnowledge.Status knowledge = assistant.knowledgeStatus();
    body.put("knowledge_generation", knowledge.generation());
    body.put("knowledge_watching", knowledge.watching());
    body.put("knowledge_last_error", knowledge.lastError());
    body.put("rules_generation", assistant.rulesGeneration());
    LiveRuleBase.Status rules = assistant.rulesStatus();
    if (rules != null) {
      body.put("rules_watching", rules.watching());
      body.put("rules_last_error", rules.lastError());
    }
  }
}
