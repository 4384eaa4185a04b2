package signpost.bot.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import signpost.bot.admin.AdminPage;
import signpost.bot.admin.AdminSession;
import signpost.bot.admin.FiguresCsv;
import signpost.bot.admin.Identity;
import signpost.bot.admin.OrganisationFigures;
import signpost.bot.admin.RandomTokens;
import signpost.bot.admin.Roles;
import signpost.bot.admin.SignInException;
import signpost.bot.edi.Handoff;

/**
 * {@code /admin}: the EDI team's page, for those signed in with the organisation's OpenID provider (see
 * {@link AdminSignIns}) and shown only the organisations configuration makes them admin of. {@code GET /admin} the page,
 * {@code /admin/sign-in} and {@code /admin/callback} the sign-in, {@code /admin/figures.csv?organisation=} an
 * organisation's figures (403 for one the admin does not hold), {@code /admin/handoffs?organisation=} the link an
 * e-mail to the EDI Contacts carries (to the organisation's questions passed on, after sign-in);
 * {@code POST /admin/actions/reload} reloads the knowledge and rules, {@code POST /admin/curated/save}, {@code /edit}
 * and {@code /retire} change curated answers (see {@link AdminCurated}), {@code POST /admin/handoffs/reply} replies to
 * a question passed on (see {@link AdminHandoffs}) and {@code POST /admin/sign-out} ends the session, each with the
 * session's CSRF token (403 without it). Without sign-in settings every request is answered 404. {@code /admin/reload} (the token one) is
 * another servlet.
 */
final class AdminPageServlet extends HttpServlet {

  private static final Logger LOG = LoggerFactory.getLogger(AdminPageServlet.class);
  private static final String POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
      + "frame-ancestors 'none'; base-uri 'none'";
  private static final Map<String, String> NOTICES = Map.of(
      "reloaded", "Reloaded: the knowledge and rules now serve what their folders hold.",
      "refused", "Reload refused: the last good knowledge and rules keep serving. See why under Last reload.",
      "saved", "Curated answer saved: Signpost gives it from the next question on.",
      "edited", "Curated answer changed: Signpost gives the new wording from the next question on.",
      "retired", "Curated answer retired: Signpost no longer gives it.",
      "replied", "Reply sent: it went to the person who asked, from the EDI Contacts. You can save it as a curated answer.",
      "replied-report", "Reply sent: it went to the person who wrote the report, from the EDI Contacts. A report a person "
          + "passed on is never saved as an answer.");
  private static final Map<String, String> DONE = Map.of("/curated/save", "saved", "/curated/edit", "edited",
      "/curated/retire", "retired");
  private static final Set<String> FORMS = Set.of("/sign-out", "/actions/reload", "/curated/save", "/curated/edit", "/curated/retire",
      "/handoffs/reply");

  private final transient Assistant assistant;
  private final transient AdminSignIns signIns;
  private final transient Roles roles;
  private final transient Clock clock;
  private final transient AdminCurated curated;
  private final transient AdminHandoffs handoffs;

  AdminPageServlet(Assistant assistant, Clock clock) {
    this.assistant = assistant;
    this.clock = clock;
    this.curated = new AdminCurated(assistant);
    this.handoffs = new AdminHandoffs(assistant);
    boolean on = assistant.config().edge().signIn() != null;
    this.signIns = on ? new AdminSignIns(assistant, clock) : null;
    this.roles = on ? new Roles(assistant.config().edge().signIn().admins()) : null;
  }

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException, jakarta.servlet.ServletException {
    if (signIns == null) {
      response.sendError(404);
      return;
    }
    response.setHeader("Content-Security-Policy", POLICY);
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "no-referrer");
    super.service(request, response);
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String path = request.getPathInfo() == null ? "/" : request.getPathInfo();
    switch (path) {
      case "/" -> page(request, response);
      case "/sign-in" -> signIn(request, response);
      case "/callback" -> callback(request, response);
      case "/figures.csv" -> figures(request, response);
      case "/handoffs" -> handoffsLink(request, response);
      case "/admin.css" -> css(response);
      default -> response.sendError(404);
    }
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String path = request.getPathInfo() == null ? "/" : request.getPathInfo();
    if (!FORMS.contains(path)) {
      response.sendError(404);
      return;
    }
    Optional<AdminSession> session = signIns.session(request);
    if (session.isEmpty() || !RandomTokens.same(request.getParameter("csrf"), session.get().csrf())) {
      LOG.warn("Refused an admin {} without a session and its form token from {}", path, request.getRemoteAddr());
      html(response, 403, AdminPage.message("Not allowed", "This form has expired or did not come from the admin page. "
          + "Open the admin page and try again."));
      return;
    }
    if (path.equals("/sign-out")) {
      signIns.signOut(request, response);
      html(response, 200, AdminPage.message("Signed out", "You are signed out of the Signpost admin page."));
      return;
    }
    Set<String> held = organisations(session.get());
    if (held.isEmpty()) {
      html(response, 403, AdminPage.message("Not allowed", "You are not an EDI admin of any organisation."));
      return;
    }
    if (path.equals("/handoffs/reply")) {
      try {
        Handoff replied = handoffs.reply(request, session.get(), held);
        seeOther(response, "/admin?done=" + (replied.saveable() ? "replied" : "replied-report") + "&handoff=" + replied.id()
            + "#handoffs-" + replied.organisation());
      } catch (AdminRefusal e) {
        html(response, e.status, AdminPage.message(e.status == 403 ? "Not allowed" : "Not sent", e.getMessage(), "/admin",
            "Back to the admin page"));
      }
      return;
    }
    if (path.startsWith("/curated/")) {
      try {
        String organisation = curated.act(path, request, session.get(), held);
        seeOther(response, "/admin?done=" + DONE.get(path) + "#org-" + organisation);
      } catch (AdminRefusal e) {
        html(response, e.status, AdminPage.message(e.status == 403 ? "Not allowed" : "Not saved", e.getMessage(), "/admin",
            "Back to the admin page"));
      }
      return;
    }
    LOG.info("Reload asked for on the admin page by {}", session.get().identity().subject());
    seeOther(response, "/admin?done=" + (assistant.reload() ? "reloaded" : "refused"));
  }

  private void page(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Optional<AdminSession> session = signIns.session(request);
    if (session.isEmpty()) {
      seeOther(response, "/admin/sign-in");
      return;
    }
    Instant now = clock.instant();
    Set<String> organisations = organisations(session.get());
    List<OrganisationFigures> held = organisations.stream().map(org -> AdminFigures.of(assistant, org, now)).toList();
    String done = request.getParameter("done");
    String notice = done == null ? null : NOTICES.get(done);
    // Just replied to: its reply is offered to save as a curated answer, never a report of harm's.
    Handoff replied = "replied".equals(done) ? handoffs.held(request.getParameter("handoff"), organisations)
        .filter(h -> h.status() == Handoff.Status.REPLIED && h.saveable()).orElse(null) : null;
    html(response, 200, AdminPage.render(new AdminPage.View(session.get().identity().name(), session.get().csrf(), held,
        held.isEmpty() ? null : AdminFigures.rules(assistant), notice, LocalDate.ofInstant(now, ZoneOffset.UTC), replied)));
  }

  /**
   * Takes the link of an e-mail to the EDI Contacts to the organisation's questions passed on: at once with a session,
   * else through the sign-in, which returns there.
   */
  private void handoffsLink(HttpServletRequest request, HttpServletResponse response) {
    String organisation = request.getParameter("organisation");
    String section = organisation == null ? null : AdminSignIns.section("handoffs-" + organisation);
    if (signIns.session(request).isPresent()) {
      seeOther(response, section == null ? "/admin" : "/admin#" + section);
      return;
    }
    if (section != null) signIns.returnTo(response, section);
    seeOther(response, "/admin/sign-in");
  }

  private void signIn(HttpServletRequest request, HttpServletResponse response) throws IOException {
    try {
      signIns.begin(request, response);
    } catch (SignInException e) {
      LOG.warn("Cannot start an admin sign-in: {}", e.getMessage());
      html(response, 502, AdminPage.message("Sign-in unavailable", "The sign-in service cannot be reached just now. Try again later."));
    }
  }

  private void callback(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Identity identity;
    try {
      identity = signIns.finish(request, response);
    } catch (SignInException e) {
      LOG.warn("Refused an admin sign-in from {}: {}", request.getRemoteAddr(), e.getMessage());
      html(response, 401, AdminPage.message("Sign-in refused", "Signpost could not confirm who you are, so you are not signed in."));
      return;
    }
    LOG.info("Admin {} signed in, admin of {}", identity.subject(), roles.organisations(identity.values()));
    String section = signIns.returning(request, response);
    seeOther(response, section == null ? "/admin" : "/admin#" + section);
  }

  private void figures(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Optional<AdminSession> session = signIns.session(request);
    if (session.isEmpty()) {
      seeOther(response, "/admin/sign-in");
      return;
    }
    String organisation = request.getParameter("organisation");
    if (organisation == null || !organisations(session.get()).contains(organisation)) {
      html(response, 403, AdminPage.message("Not allowed", "You are not an EDI admin of that organisation."));
      return;
    }
    byte[] body = FiguresCsv.write(AdminFigures.of(assistant, organisation, clock.instant()))
        .getBytes(StandardCharsets.UTF_8);
    response.setStatus(200);
    response.setContentType("text/csv; charset=utf-8");
    response.setHeader("Content-Disposition", "attachment; filename=\"signpost-" + organisation + "-figures.csv\"");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  private Set<String> organisations(AdminSession session) {
    return roles.organisations(session.values());
  }

  private static void css(HttpServletResponse response) throws IOException {
    byte[] body;
    try (InputStream in = AdminPageServlet.class.getResourceAsStream("/signpost/admin/admin.css")) {
      body = in.readAllBytes();
    }
    response.setStatus(200);
    response.setContentType("text/css; charset=utf-8");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  private static void seeOther(HttpServletResponse response, String location) {
    response.setStatus(303);
    response.setHeader("Location", location);
  }

  private static void html(HttpServletResponse response, int status, String page) throws IOException {
    byte[] body = page.getBytes(StandardCharsets.UTF_8);
    response.setStatus(status);
    response.setContentType("text/html; charset=utf-8");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }
}
