package signpost.bot.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import signpost.bot.admin.LocalOpenIdProvider;
import signpost.bot.admin.LocalOpenIdProvider.Person;
import signpost.bot.admin.LocalOpenIdProvider.Tamper;
import signpost.bot.config.Config;

/**
 * {@code /admin} against a loopback OpenID provider with real RS256-signed ID tokens: the sign-in round trip, every
 * kind of bad token refused, each admin shown only their own organisations, forms that need the session's token, and
 * no page at all without the settings (the token reload staying as it was).
 */
class AdminPageServletTest {

  private static final String TOKEN = "an-admin-token-of-more-than-32-characters";
  static final Person ALEX = new Person("alex-subject", "Alex Admin", List.of("staff", "cambs-edi-admins"));
  static final Person DANA = new Person("dana-subject", "Dana Admin", List.of("DERBYS-EDI-ADMINS"));
  static final Person SAM = new Person("sam-subject", "Sam Staff", List.of("staff"));

  private static LocalOpenIdProvider provider;
  private static Assistant assistant;
  private static SignpostServer server;

  @BeforeAll
  static void start() throws Exception {
    provider = new LocalOpenIdProvider();
    Map<String, String> settings = new HashMap<>(provider.settings("cambridgeshire=cambs-edi-admins,derbyshire=derbys-edi-admins"));
    settings.put("SIGNPOST_ADMIN_TOKEN", TOKEN);
    assistant = Assistant.start(TestServers.config(settings), true);
    server = SignpostServer.start(assistant, TestServers.none());
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
    assistant.close();
    provider.close();
  }

  /** Returns a browser signed in as the person through the provider, on the admin page. */
  static AdminBrowser signedIn(Person who) {
    provider.signIn(who);
    AdminBrowser browser = new AdminBrowser(server.url());
    HttpResponse<String> page = browser.open("admin");
    assertEquals(200, page.statusCode(), page.body());
    return browser;
  }

  @Test
  void an_admin_signs_in_through_the_provider_with_pkce_state_and_nonce_and_gets_a_session_cookie() {
    provider.signIn(ALEX);
    AdminBrowser browser = new AdminBrowser(server.url());
    HttpResponse<String> page = browser.open("admin");

    assertEquals(List.of(303, 302, 302, 303, 200), browser.hops().stream().map(HttpResponse::statusCode).toList());
    assertEquals(List.of("/admin", "/admin/sign-in", "/authorize", "/admin/callback", "/admin"),
        browser.hops().stream().map(r -> r.uri().getPath()).toList());
    assertTrue(page.body().contains("Signed in as Alex Admin."), page.body());
    Map<String, String> asked = provider.lastAuthorization();
    assertEquals("S256", asked.get("code_challenge_method"));
    assertEquals(LocalOpenIdProvider.CLIENT_ID, asked.get("client_id"));
    assertEquals(server.url().resolve("/admin/callback").toString(), asked.get("redirect_uri"));
    assertTrue(asked.get("scope").startsWith("openid"));
    assertEquals(43, asked.get("state").length());
    assertEquals(43, asked.get("nonce").length());
    String cookie = browser.hops().get(3).headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("signpost_admin="))
        .findFirst().orElseThrow();
    assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax") && cookie.contains("Path=/admin"), cookie);
    assertFalse(cookie.contains("Secure"), "served from this machine only, over http: " + cookie);
  }

  @Test
  void an_admin_sees_the_documents_of_their_organisation_by_review_date_and_its_screening_counts() {
    String page = signedIn(DANA).open("admin").body();

    assertTrue(page.contains("<h2 id=\"org-derbyshire-title\">Derbyshire County Council</h2>"), page);
    assertTrue(page.contains("<td>2025-03</td><td>past its review-by date</td>"), page);
    assertTrue(page.contains("<td>not given</td><td>no review date known</td>"), page);
    assertTrue(page.contains("<th scope=\"row\">complete</th><td>0</td>"), page);
    assertTrue(page.contains("RequireAnEqiaForANewPolicyOrService"), "the trigger table is shown");
    assertTrue(page.contains("eqia-triggers.csv</code> (built in)"), page);
  }

  @Test
  void an_admin_of_one_organisation_sees_nothing_of_another() {
    AdminBrowser alex = signedIn(ALEX);
    String page = alex.open("admin").body();

    assertTrue(page.contains("Equality, Diversity and Inclusion Strategy 2023-2027"), page);
    assertFalse(page.contains("Derbyshire") || page.contains("derbyshire") || page.contains("Derby City"), page);
    assertEquals(403, alex.open("admin/figures.csv?organisation=derbyshire").statusCode());
    HttpResponse<String> csv = alex.open("admin/figures.csv?organisation=cambridgeshire");
    assertEquals(200, csv.statusCode());
    assertTrue(csv.body().startsWith("\"organisation\",\"kind\",\"item\",\"detail\",\"value\"\r\n"), csv.body());
    assertFalse(csv.body().contains("derbyshire"), csv.body());
  }

  @Test
  void someone_signed_in_without_the_role_is_shown_no_organisation_and_cannot_act() {
    AdminBrowser sam = signedIn(SAM);
    HttpResponse<String> page = sam.open("admin");

    assertTrue(page.body().contains("You are not an EDI admin of any organisation."), page.body());
    assertFalse(page.body().contains("County Council") || page.body().contains("Reload") || page.body().contains("#rules"), page.body());
    long before = assistant.knowledgeStatus().generation();
    assertEquals(403, sam.post("admin/actions/reload", "csrf", AdminBrowser.csrf(page)).statusCode());
    assertEquals(before, assistant.knowledgeStatus().generation());
    assertEquals(403, sam.open("admin/figures.csv?organisation=cambridgeshire").statusCode());
  }

  static Stream<Arguments> bad_tokens() {
    long hourAgo = Instant.now().minusSeconds(3600).getEpochSecond();
    return Stream.of(
        Arguments.of("another issuer", (Tamper) (h, c) -> c.put("iss", "https://login.example.org/other-tenant/v2.0")),
        Arguments.of("another audience", (Tamper) (h, c) -> c.put("aud", "some-other-app")),
        Arguments.of("another nonce", (Tamper) (h, c) -> c.put("nonce", "a-nonce-this-sign-in-never-sent")),
        Arguments.of("expired", (Tamper) (h, c) -> c.put("exp", hourAgo).put("iat", hourAgo - 3600).put("nbf", hourAgo - 3600)),
        Arguments.of("not valid yet", (Tamper) (h, c) -> c.put("nbf", Instant.now().plusSeconds(3600).getEpochSecond())),
        Arguments.of("alg none", (Tamper) (h, c) -> h.put("alg", "none")),
        Arguments.of("HS256 keyed with the client secret", (Tamper) (h, c) -> h.put("alg", "HS256")),
        Arguments.of("no nonce", (Tamper) (h, c) -> c.remove("nonce")),
        Arguments.of("no expiry", (Tamper) (h, c) -> c.remove("exp")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bad_tokens")
  void an_id_token_that_fails_a_check_is_refused_and_opens_no_session(String name, Tamper tamper) {
    provider.signIn(ALEX);
    provider.tamper(tamper);
    refused(name);
  }

  @Test
  void an_id_token_signed_by_a_key_the_provider_does_not_list_is_refused() {
    provider.signIn(ALEX);
    provider.signWith(LocalOpenIdProvider.rsaKey(), "a-key-nobody-lists", false);
    refused("unknown key");
  }

  @Test
  void an_id_token_signed_by_another_key_under_the_providers_key_id_is_refused() {
    provider.signIn(ALEX);
    provider.signWith(LocalOpenIdProvider.rsaKey(), LocalOpenIdProvider.KEY_ID, false);
    refused("forged signature");
  }

  private static void refused(String why) {
    AdminBrowser browser = new AdminBrowser(server.url());
    HttpResponse<String> page = browser.open("admin");
    assertEquals(401, page.statusCode(), why);
    assertEquals("/admin/callback", page.uri().getPath(), why);
    assertTrue(page.body().contains("Sign-in refused"), page.body());
    assertFalse(held(browser, "signpost_admin"), why + ": no session cookie");
    provider.signIn(SAM);
    browser.open("admin");
    assertEquals("/admin/sign-in", browser.hops().get(1).uri().getPath(), why + ": the next visit must sign in again");
  }

  @Test
  void a_callback_is_taken_once_and_only_by_the_browser_that_started_the_sign_in() {
    provider.signIn(ALEX);
    AdminBrowser alex = new AdminBrowser(server.url());
    alex.open("admin");
    URI callback = alex.hops().get(2).uri().resolve(alex.hops().get(2).headers().firstValue("Location").orElseThrow());

    AdminBrowser other = new AdminBrowser(server.url());
    assertEquals(401, other.open(callback).statusCode(), "another browser, without the state cookie");
    assertEquals(401, alex.open(callback).statusCode(), "the same callback again");
  }

  @Test
  void an_emails_link_returns_to_its_section_after_the_sign_in_and_one_naming_no_section_goes_to_the_page() {
    provider.signIn(ALEX);
    AdminBrowser browser = new AdminBrowser(server.url());

    assertEquals(200, browser.open("admin/handoffs?organisation=cambridgeshire").statusCode());
    assertEquals(List.of("/admin/handoffs", "/admin/sign-in", "/authorize", "/admin/callback", "/admin"),
        browser.hops().stream().map(r -> r.uri().getPath()).toList());
    assertEquals("/admin#handoffs-cambridgeshire", browser.hops().get(3).headers().firstValue("Location").orElseThrow());
    browser.open("admin/handoffs?organisation=" + java.net.URLEncoder.encode("x\r\nSet-Cookie: a=b", java.nio.charset.StandardCharsets.UTF_8));
    assertEquals("/admin", browser.hops().get(0).headers().firstValue("Location").orElseThrow());
    browser.open("admin/handoffs?organisation=derbyshire");
    assertEquals("/admin#handoffs-derbyshire", browser.hops().get(0).headers().firstValue("Location").orElseThrow(),
        "signed in already, straight to the section");
  }

  @Test
  void a_form_without_the_sessions_token_is_refused_and_with_it_the_knowledge_reloads() {
    AdminBrowser alex = signedIn(ALEX);
    long before = assistant.knowledgeStatus().generation();

    assertEquals(403, alex.post("admin/actions/reload").statusCode());
    assertEquals(403, alex.post("admin/actions/reload", "csrf", "a-guessed-token").statusCode());
    assertEquals(before, assistant.knowledgeStatus().generation());
    HttpResponse<String> after = alex.post("admin/actions/reload", "csrf", AdminBrowser.csrf(alex.open("admin")));
    assertEquals(200, after.statusCode());
    assertTrue(after.body().contains("Reloaded: the knowledge and rules now serve what their folders hold."), after.body());
    assertEquals(before + 1, assistant.knowledgeStatus().generation());
  }

  @Test
  void signing_out_ends_the_session_on_the_server_not_only_in_the_browser() throws Exception {
    AdminBrowser alex = signedIn(ALEX);
    String session = alex.cookies().getCookieStore().getCookies().stream().filter(c -> c.getName().equals("signpost_admin"))
        .findFirst().orElseThrow().getValue();

    HttpResponse<String> out = alex.post("admin/sign-out", "csrf", AdminBrowser.csrf(alex.open("admin")));
    assertTrue(out.body().contains("You are signed out"), out.body());
    HttpResponse<String> replayed = HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.url().resolve("/admin"))
        .header("Cookie", "signpost_admin=" + session).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(303, replayed.statusCode());
    assertEquals("/admin/sign-in", replayed.headers().firstValue("Location").orElseThrow());
  }

  /** Asks through {@code POST /api/ask} as the web chat does, for an organisation, and returns the answer. */
  static com.fasterxml.jackson.databind.JsonNode ask(String question, String org) {
    HttpResponse<byte[]> response = new ApiClient(server.url()).post("api/ask",
        ApiClient.JSON.createObjectNode().put("question", question).put("org", org).toString());
    assertEquals(200, response.statusCode(), ApiClient.text(response));
    return ApiClient.json(response);
  }

  @Test
  void refused_questions_are_shown_grouped_and_redacted_and_an_answer_written_from_one_is_given_next() {
    assertFalse(ask("Who runs the knitting club on Fridays? Call me on 07700 900123", "cambridgeshire").get("answered").asBoolean());
    assertFalse(ask("who runs the Friday knitting club", "cambridgeshire").get("answered").asBoolean());
    AdminBrowser alex = signedIn(ALEX);
    HttpResponse<String> page = alex.open("admin");
    assertTrue(page.body().contains("Who runs the knitting club on Fridays? Call me on [phone]</p><p class=\"hint\">Asked 2 times"),
        page.body());
    assertFalse(page.body().contains("07700"), "phone numbers are never shown");

    HttpResponse<String> saved = alex.post("admin/curated/save", "csrf", AdminBrowser.csrf(page), "organisation", "cambridgeshire",
        "question", "Who runs the knitting club on Fridays?", "answer", "The staff social committee runs the Friday knitting club.",
        "author", "EDI Contacts", "review_by", "2027-12-31");
    assertEquals(200, saved.statusCode(), saved.body());
    assertTrue(saved.body().contains("Curated answer saved"), saved.body());
    assertTrue(saved.body().contains("EDI Contacts, "), saved.body());
    var next = ask("Who runs the knitting club on Fridays?", "cambridgeshire");
    assertTrue(next.get("answered").asBoolean(), next.toString());
    assertTrue(next.toString().contains("The staff social committee runs the Friday knitting club."), next.toString());
  }

  @Test
  void curated_answers_are_edited_and_retired_only_by_an_admin_of_their_organisation() {
    AdminBrowser alex = signedIn(ALEX);
    alex.post("admin/curated/save", "csrf", AdminBrowser.csrf(alex.open("admin")), "organisation", "cambridgeshire",
        "question", "Where is the prayer room at Shire Hall?", "answer", "On the ground floor, next to room G12.",
        "author", "EDI Contacts", "review_by", "2027-06-30");
    String id = assistant.curated().list("cambridgeshire").stream().filter(a -> a.question().startsWith("Where is the prayer room"))
        .findFirst().orElseThrow().id();
    AdminBrowser dana = signedIn(DANA);
    String danaToken = AdminBrowser.csrf(dana.open("admin"));

    assertEquals(403, dana.post("admin/curated/retire", "csrf", danaToken, "id", id).statusCode());
    assertEquals(403, dana.post("admin/curated/save", "csrf", danaToken, "organisation", "cambridgeshire", "question", "q",
        "answer", "a", "author", "EDI Contacts", "review_by", "2027-06-30").statusCode());
    HttpResponse<String> past = alex.post("admin/curated/edit", "csrf", AdminBrowser.csrf(alex.open("admin")), "id", id,
        "question", "Where is the prayer room at Shire Hall?", "answer", "Room G14.", "review_by", "2020-01-01");
    assertEquals(400, past.statusCode(), "a review-by date that has passed is refused, saying so: " + past.body());
    HttpResponse<String> edited = alex.post("admin/curated/edit", "csrf", AdminBrowser.csrf(alex.open("admin")), "id", id,
        "question", "Where is the prayer room at Shire Hall?", "answer", "Room G14, on the ground floor.", "review_by", "2027-06-30");
    assertTrue(edited.body().contains("Curated answer changed") && edited.body().contains("Room G14, on the ground floor."), edited.body());
    HttpResponse<String> retired = alex.post("admin/curated/retire", "csrf", AdminBrowser.csrf(edited), "id", id);
    assertTrue(retired.body().contains("Curated answer retired") && retired.body().contains("retired, no longer given"), retired.body());
    assertTrue(assistant.curated().list("cambridgeshire").stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow().retired());
  }

  @Test
  void the_token_reload_keeps_working_beside_the_page() {
    HttpResponse<byte[]> reload = new ApiClient(server.url()).post("admin/reload", "", "Authorization", "Bearer " + TOKEN);
    assertEquals(200, reload.statusCode());
  }

  @Test
  void without_sign_in_settings_there_is_no_admin_page() {
    Config config = assistant.config();
    try (SignpostServer plain = SignpostServer.start(assistant.withConfig(config.withEdge(config.edge().withSignIn(null))),
        TestServers.none())) {
      AdminBrowser browser = new AdminBrowser(plain.url());
      assertEquals(List.of(404, 404, 404, 404), List.of(browser.open("admin").statusCode(), browser.open("admin/sign-in").statusCode(),
          browser.open("admin/admin.css").statusCode(), browser.post("admin/actions/reload").statusCode()));
      assertEquals(200, new ApiClient(plain.url()).post("admin/reload", "", "Authorization", "Bearer " + TOKEN).statusCode());
    }
  }

  @Test
  void on_a_public_host_the_provider_sends_back_to_it_over_https_and_the_cookies_are_secure() throws Exception {
    Config config = assistant.config();
    config = config.withEdge(new signpost.bot.config.EdgeSettings(List.of("edi.example.org"), config.edge().threads(),
        config.edge().perClient(), config.edge().minBodyRate(), config.edge().bodyTimeoutSeconds(), null, config.edge().signIn()));
    try (SignpostServer published = SignpostServer.start(assistant.withConfig(config), TestServers.none())) {
      String response = RawPost.exchange(published.url(), "GET /admin/sign-in HTTP/1.1\r\nHost: edi.example.org\r\n"
          + "Connection: close\r\n\r\n");

      assertTrue(response.startsWith("HTTP/1.1 302"), response);
      assertTrue(response.contains("redirect_uri=" + java.net.URLEncoder.encode("https://edi.example.org/admin/callback",
          java.nio.charset.StandardCharsets.UTF_8)), response);
      String cookie = response.lines().filter(l -> l.startsWith("Set-Cookie: signpost_admin_sign_in=")).findFirst().orElseThrow();
      assertTrue(cookie.contains("Secure") && cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"), cookie);
    }
  }

  @Test
  void a_provider_that_cannot_be_reached_is_a_polite_502() {
    Config config = assistant.config();
    Config unreachable = Config.of(Map.of("SIGNPOST_ADMIN_OIDC_ISSUER", "http://127.0.0.1:9/tenant/v2.0",
        "SIGNPOST_ADMIN_OIDC_CLIENT_ID", "x", "SIGNPOST_ADMIN_OIDC_CLIENT_SECRET", "y", "SIGNPOST_ADMINS", "cambridgeshire=g",
        "SIGNPOST_ADMIN_OIDC_TIMEOUT_SECONDS", "2"));
    try (SignpostServer down = SignpostServer.start(assistant.withConfig(config.withEdge(config.edge().withSignIn(
        unreachable.edge().signIn()))), TestServers.none())) {
      HttpResponse<String> page = new AdminBrowser(down.url()).open("admin");
      assertEquals(502, page.statusCode());
      assertTrue(page.body().contains("The sign-in service cannot be reached just now."), page.body());
    }
  }

  private static boolean held(AdminBrowser browser, String name) {
    return browser.cookies().getCookieStore().getCookies().stream().map(HttpCookie::getName).anyMatch(name::equals);
  }
}
