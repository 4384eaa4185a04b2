package signpost.bot.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The servlet alone on a real Jetty on loopback port 0: which files it serves, with which headers. */
class WebChatServletTest {

  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static Server server;
  private static URI base;

  @BeforeAll
  static void start() throws Exception {
    server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setHost("127.0.0.1");
    server.addConnector(connector);
    ServletContextHandler context = new ServletContextHandler("/");
    context.addServlet(new ServletHolder(new WebChatServlet()), "/");
    server.setHandler(context);
    server.start();
    base = URI.create("http://127.0.0.1:" + connector.getLocalPort() + "/");
  }

  @AfterAll
  static void stop() throws Exception {
    server.stop();
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return CLIENT.send(HttpRequest.newBuilder(base.resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void the_page_is_served_with_a_policy_that_allows_only_this_origin() throws Exception {
    HttpResponse<String> page = get("");

    assertEquals(200, page.statusCode());
    assertEquals("text/html;charset=utf-8", page.headers().firstValue("Content-Type").orElseThrow().toLowerCase());
    assertEquals(WebChatServlet.CONTENT_SECURITY_POLICY, page.headers().firstValue("Content-Security-Policy").orElseThrow());
    assertTrue(WebChatServlet.CONTENT_SECURITY_POLICY.contains("script-src 'self';"));
    assertFalse(WebChatServlet.CONTENT_SECURITY_POLICY.contains("unsafe-inline"));
    assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElseThrow());
  }

  @Test
  void the_page_has_no_inline_script_or_style_and_nothing_from_elsewhere() throws Exception {
    String html = get("index.html").body();

    assertFalse(Pattern.compile("<script(?![^>]*\\bsrc=)").matcher(html).find(), "every script has a src");
    assertFalse(html.contains("<style") || html.contains(" style=") || Pattern.compile("\\son[a-z]+=").matcher(html).find());
    assertFalse(html.contains("//"), "nothing is loaded from another origin");
  }

  @Test
  void every_file_the_page_and_its_modules_name_is_served_with_its_type() throws Exception {
    List<String> files = List.of("chat.css", "favicon.svg", "chat.js", "answer.js", "answer-text.js", "feedback.js", "dom.js",
        "screening.js", "handoff.js");
    for (String file : files) {
      HttpResponse<String> response = get(file);
      assertEquals(200, response.statusCode(), file);
      String type = response.headers().firstValue("Content-Type").orElseThrow();
      assertTrue(type.startsWith(file.endsWith(".js") ? "text/javascript" : file.endsWith(".css") ? "text/css" : "image/svg+xml"), type);
      Matcher imports = Pattern.compile("from \"\\./([a-z-]+\\.js)\"").matcher(response.body());
      while (imports.find()) assertTrue(files.contains(imports.group(1)), file + " imports " + imports.group(1));
    }
  }

  @Test
  void answer_text_never_goes_through_inner_html() throws Exception {
    for (String file : List.of("chat.js", "answer.js", "answer-text.js", "feedback.js", "dom.js", "screening.js",
        "handoff.js")) {
      String script = get(file).body().replaceAll("(?m)^\\s*//.*$", "");
      assertFalse(script.contains("innerHTML") || script.contains("outerHTML") || script.contains("insertAdjacentHTML")
          || script.contains("document.write") || script.contains("eval("), file);
    }
  }

  @Test
  void the_page_issues_a_session_cookie_no_script_or_other_site_can_use() throws Exception {
    HttpResponse<String> page = get("");
    List<String> cookies = page.headers().allValues("Set-Cookie");

    assertEquals(1, cookies.size(), cookies.toString());
    String cookie = cookies.get(0);
    assertTrue(cookie.matches("signpost_session=[A-Za-z0-9_-]{22};.*"), cookie);
    List<String> attributes = List.of(cookie.toLowerCase().split(";\\s*"));
    assertTrue(attributes.containsAll(List.of("path=/", "httponly", "samesite=strict")), cookie);
    assertFalse(attributes.contains("secure"), "plain http cannot keep a Secure cookie: " + cookie);
    assertFalse(cookie.toLowerCase().contains("max-age") || cookie.toLowerCase().contains("expires"), "ends with the browser: " + cookie);
    assertNotEquals(cookie, get("").headers().firstValue("Set-Cookie").orElseThrow(), "each browser gets its own");
  }

  @Test
  void a_page_loaded_with_a_session_keeps_it_and_the_scripts_set_none() throws Exception {
    String session = get("").headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
    HttpResponse<String> again = CLIENT.send(HttpRequest.newBuilder(base).header("Cookie", session).build(),
        HttpResponse.BodyHandlers.ofString());

    assertTrue(again.headers().allValues("Set-Cookie").isEmpty(), again.headers().toString());
    assertTrue(get("chat.js").headers().allValues("Set-Cookie").isEmpty());
  }

  @Test
  void anything_else_is_a_json_404() throws Exception {
    HttpResponse<String> missing = get("signpost/web/chat.js");

    assertEquals(404, missing.statusCode());
    assertEquals("{\"error\":\"not found\",\"status\":404}", missing.body());
    assertEquals(404, get("admin.js").statusCode());
  }
}
