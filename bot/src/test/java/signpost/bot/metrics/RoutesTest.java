package signpost.bot.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A request's route label is one of Signpost's own paths or {@code web}: never the path a caller chose. */
class RoutesTest {

  @Test
  void a_path_under_a_route_is_labelled_with_the_route() {
    assertEquals("/api/screenings", Routes.route("/api/screenings/SCR-7F3K-9QXW-M2HD.pdf"));
    assertEquals("/api/ask", Routes.route("/api/ask"));
    assertEquals("/api/handoffs", Routes.route("/api/handoffs"));
    assertEquals("/slack/events", Routes.route("/slack/events"));
    assertEquals("/api/messages", Routes.route("/api/messages"));
  }

  @Test
  void the_page_its_assets_and_any_other_path_are_web() {
    assertEquals("web", Routes.route("/"));
    assertEquals("web", Routes.route("/chat.js"));
    assertEquals("web", Routes.route("/api/asked-something-else"));
    assertEquals("web", Routes.route("/no/such/page-12345"));
  }
}
