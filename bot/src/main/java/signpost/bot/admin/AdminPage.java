package signpost.bot.admin;

import java.time.LocalDate;
import java.util.List;
import signpost.bot.edi.Handoff;
import signpost.rules.engine.Trigger;

/**
 * Renders the admin pages as server-side HTML, accessible as the web chat is (WCAG 2.2 AA): one {@code h1}, headings
 * that never skip a level, landmarks, tables with captions and header cells, labelled buttons, a visible focus and the
 * colours of {@code admin.css}. No script; every form carries the session's CSRF token.
 */
public final class AdminPage {

  private AdminPage() {}

  /**
   * The page of a signed-in admin.
   *
   * @param name whom to greet
   * @param csrf the session's form token
   * @param organisations what the admin holds, one section each; empty when they hold none
   * @param rules the rules and the knowledge's reloads
   * @param notice what the last action did, or null
   * @param today the day, for dates a form proposes
   * @param replied the question passed on that the admin has just replied to, offered to save as a curated answer, or null
   */
  public record View(String name, String csrf, List<OrganisationFigures> organisations, RulesFigures rules, String notice,
                     LocalDate today, Handoff replied) {}

  /** Returns the page of a signed-in admin. */
  public static String render(View view) {
    Html html = start("Signpost admin");
    html.raw("<nav aria-label=\"Organisations\"><ul class=\"orgs\">");
    for (OrganisationFigures org : view.organisations()) {
      html.raw("<li><a href=\"#org-").text(org.id()).raw("\">").text(org.name()).raw("</a></li>");
    }
    if (!view.organisations().isEmpty()) html.raw("<li><a href=\"#rules\">Rules and knowledge</a></li>");
    html.raw("</ul></nav></header>\n");
    html.raw("<main id=\"main\" tabindex=\"-1\"><h1>EDI admin</h1>\n<div class=\"who\"><p>Signed in as ").text(view.name())
        .raw(".</p>");
    form(html, "/admin/sign-out", view.csrf(), "Sign out");
    html.raw("</div>\n");
    if (view.notice() != null) html.raw("<p class=\"notice\" role=\"status\">").text(view.notice()).raw("</p>\n");
    if (view.organisations().isEmpty()) {
      html.raw("<p>You are not an EDI admin of any organisation. Ask whoever runs Signpost to add you.</p>\n");
    }
    for (OrganisationFigures org : view.organisations()) {
      Handoff replied = view.replied() != null && view.replied().organisation().equals(org.id()) ? view.replied() : null;
      new OrganisationSection(html, org, view.csrf(), view.today(), replied).render();
    }
    if (!view.organisations().isEmpty()) rules(html, view.rules(), view.csrf());
    return end(html);
  }

  /** Returns a page that says why there is nothing to show, e.g. a refused sign-in, with a way to sign in again. */
  public static String message(String title, String text) {
    return message(title, text, "/admin/sign-in", "Sign in again");
  }

  /** Returns a page with a title, a text and one link onwards, e.g. back to the admin page after a refused form. */
  public static String message(String title, String text, String link, String linkText) {
    Html html = start(title).raw("</header>\n<main id=\"main\" tabindex=\"-1\">");
    html.element("h1", title).element("p", text);
    html.raw("<p><a href=\"").text(link).raw("\">").text(linkText).raw("</a></p>\n");
    return end(html);
  }

  private static void rules(Html html, RulesFigures rules, String csrf) {
    html.raw("<section id=\"rules\" aria-labelledby=\"rules-title\">\n<h2 id=\"rules-title\">Rules and knowledge</h2>\n");
    html.raw("<h3>Last reload</h3>\n<dl>");
    html.element("dt", "Knowledge").element("dd", "generation " + rules.knowledgeGeneration() + ", "
        + (rules.knowledgeLastError() == null ? "last reload accepted" : "last reload refused: " + rules.knowledgeLastError()));
    html.element("dt", "Rules").element("dd", rules.rules() + " rules, generation " + rules.rulesGeneration() + ", "
        + (rules.rulesLastError() == null ? "last reload accepted" : "last reload refused: " + rules.rulesLastError()));
    html.raw("</dl>\n");
    form(html, "/admin/actions/reload", csrf, "Reload the knowledge and rules");
    html.raw("<h3>Rule files</h3>\n<ul>");
    for (RulesFigures.RuleFileSource file : rules.files()) {
      html.raw("<li><code>").text(file.name()).raw("</code> ").text(file.inFolder() ? "(rules folder)" : "(built in)").raw("</li>");
    }
    html.raw("</ul>\n<h3>EqIA triggers</h3>\n<table><caption>The trigger table: which activity, affecting whom, gives which verdict</caption>")
        .raw("<thead><tr><th scope=\"col\">Rule</th><th scope=\"col\">Activity</th><th scope=\"col\">Affects</th>")
        .raw("<th scope=\"col\">Verdict</th><th scope=\"col\">File and line</th></tr></thead><tbody>");
    for (Trigger t : rules.triggers()) {
      html.raw("<tr>").element("th scope=\"row\"", t.rule()).element("td", t.activity().isEmpty() ? "any" : t.activity())
          .element("td", t.affects().isEmpty() ? "anyone" : t.affects()).element("td", t.verdict())
          .element("td", t.file() + ":" + t.line()).raw("</tr>");
    }
    html.raw("</tbody></table>\n</section>\n");
  }

  private static void form(Html html, String action, String csrf, String button) {
    html.raw("<form method=\"post\" action=\"").text(action).raw("\"><input type=\"hidden\" name=\"csrf\" value=\"").text(csrf)
        .raw("\"><button type=\"submit\">").text(button).raw("</button></form>");
  }

  private static Html start(String title) {
    return new Html().raw("<!doctype html>\n<html lang=\"en-GB\"><head><meta charset=\"utf-8\">")
        .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>").text(title)
        .raw("</title><link rel=\"stylesheet\" href=\"/admin/admin.css\"></head>\n<body>")
        .raw("<a class=\"skip\" href=\"#main\">Skip to main content</a>\n<header class=\"banner\"><p class=\"brand\">Signpost admin</p>");
  }

  private static String end(Html html) {
    return html.raw("</main>\n<footer><p>Signpost: figures from the organisations' own documents and the rules. ")
        .raw("Screenings are counted, never shown.</p></footer>\n</body></html>\n").toString();
  }
}
