package signpost.bot.admin;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import signpost.bot.edi.CuratedAnswer;
import signpost.bot.edi.Handoff;
import signpost.bot.edi.Handoffs;
import signpost.bot.edi.QuestionGroup;
import signpost.bot.screening.Status;

/**
 * Renders one organisation's section of the admin page: the questions and reports of harm passed on to the EDI Contacts
 * and not yet replied to (each with a reply form, and a question just replied to offered to save as a curated answer,
 * never a report), what staff could not
 * find (with a form to write a curated answer to each group), its curated answers (edit, retire), its documents by
 * review date and citation, and its screenings counted. Form fields are labelled and their ids unique on the page.
 */
final class OrganisationSection {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private final Html html;
  private final OrganisationFigures org;
  private final String csrf;
  private final LocalDate today;
  private final Handoff replied;

  /** @param replied the organisation's question passed on that the admin has just replied to, or null */
  OrganisationSection(Html html, OrganisationFigures org, String csrf, LocalDate today, Handoff replied) {
    this.html = html;
    this.org = org;
    this.csrf = csrf;
    this.today = today;
    this.replied = replied;
  }

  void render() {
    html.raw("<section id=\"org-").text(org.id()).raw("\" aria-labelledby=\"org-").text(org.id()).raw("-title\">\n");
    html.raw("<h2 id=\"org-").text(org.id()).raw("-title\">").text(org.name()).raw("</h2>\n");
    handoffs();
    questions();
    curated();
    documents();
    screenings();
    html.raw("<p><a class=\"button\" href=\"/admin/figures.csv?organisation=").text(org.id())
        .raw("\" download>Download the figures of ").text(org.name()).raw(" as CSV</a></p>\n</section>\n");
  }

  private void handoffs() {
    html.raw("<h3 id=\"handoffs-").text(org.id()).raw("\">Questions passed on to the EDI Contacts</h3>\n<p class=\"hint\">")
        .raw("Questions staff chose to pass on to the EDI Contacts, and reports of harm or unfair treatment their writers chose ")
        .raw("to pass on, that no one has replied to yet, newest first. A reply goes to the person who asked or wrote, in the ")
        .raw("chat they used, from the EDI Contacts, with your name only if you tick the box. A report is never saved as an ")
        .raw("answer.</p>\n");
    if (replied != null && replied.saveable()) {
      html.raw("<div class=\"notice\"><p>Your reply went to the person who asked. Save it as a curated answer, and ")
          .raw("Signpost gives it to the next person who asks:</p>");
      curatedForm("/admin/curated/save", org.id() + "-replied", replied.question(), replied.reply(), Handoffs.ROLE,
          today.plusYears(1), "Save as a curated answer", hidden("organisation", org.id()) + hidden("handoff", replied.id()));
      html.raw("</div>\n");
    }
    if (org.waiting().isEmpty()) {
      html.raw("<p>No question is waiting for a reply.</p>\n");
      return;
    }
    html.raw("<ol class=\"handoffs\">");
    int i = 0;
    for (Handoff handoff : org.waiting()) {
      String id = org.id() + "-h" + i++;
      html.raw("<li><p class=\"example\">").text(handoff.question()).raw("</p><p class=\"hint\">Passed on ")
          .text(DAY.format(LocalDate.ofInstant(handoff.created(), ZoneOffset.UTC)))
          .raw(handoff.saveable() ? "" : " by its writer's choice: a report of harm or unfair treatment, never saved as an answer")
          .raw("</p>");
      html.raw("<form method=\"post\" action=\"/admin/handoffs/reply\" class=\"stack\">").raw(hidden("csrf", csrf))
          .raw(hidden("handoff", handoff.id()));
      field(id + "-reply", "Your reply", "<textarea id=\"" + id + "-reply\" name=\"reply\" rows=\"4\" required>", "", "</textarea>");
      html.raw("<p><label><input type=\"checkbox\" name=\"show_name\" value=\"yes\"> Show my name with the reply</label></p>")
          .raw("<button type=\"submit\">Send the reply</button></form></li>");
    }
    html.raw("</ol>\n");
  }

  private void questions() {
    html.raw("<h3>What staff could not find</h3>\n<p class=\"hint\">Questions refused or rated unhelpful in the last ")
        .text(OrganisationFigures.QUESTION_WEEKS).raw(" weeks, grouped by similar wording. E-mail addresses, phone numbers ")
        .raw("and names are removed before a question is kept; reports of harm are never kept.</p>\n");
    if (org.questions().isEmpty()) {
      html.raw("<p>No question was refused or rated unhelpful in this period.</p>\n");
      return;
    }
    html.raw("<ol class=\"groups\">");
    int i = 0;
    for (QuestionGroup group : org.questions()) {
      String id = org.id() + "-g" + i++;
      html.raw("<li><p class=\"example\">").text(group.example()).raw("</p><p class=\"hint\">Asked ").text(times(group.count()))
          .raw("; each week, oldest first: ").text(group.weekly().stream().map(String::valueOf).collect(Collectors.joining(", ")))
          .raw("</p>");
      html.raw("<details><summary>Write a curated answer to this</summary>");
      curatedForm("/admin/curated/save", id, group.example(), "", Handoffs.ROLE, today.plusYears(1), "Save the curated answer",
          hidden("organisation", org.id()));
      html.raw("</details></li>");
    }
    html.raw("</ol>\n");
  }

  private void curated() {
    html.raw("<h3>Curated answers</h3>\n");
    if (org.curated().isEmpty()) {
      html.raw("<p>No curated answers yet.</p>\n");
      return;
    }
    html.raw("<ul class=\"curated\">");
    int i = 0;
    for (CuratedAnswer answer : org.curated()) {
      String id = org.id() + "-c" + i++;
      html.raw("<li><p class=\"example\">").text(answer.question()).raw("</p><p>").text(answer.answer()).raw("</p>")
          .raw("<p class=\"hint\">").text(answer.authorRole() + ", " + DAY.format(answer.created()) + "; review by "
              + DAY.format(answer.reviewBy()) + (answer.retired() ? "; retired, no longer given" : "; given in answers")).raw("</p>");
      if (!answer.retired()) {
        html.raw("<details><summary>Edit this answer</summary>");
        curatedForm("/admin/curated/edit", id, answer.question(), answer.answer(), null, answer.reviewBy(), "Save the changes",
            hidden("id", answer.id()));
        html.raw("</details>");
        html.raw("<form method=\"post\" action=\"/admin/curated/retire\">").raw(hidden("csrf", csrf)).raw(hidden("id", answer.id()))
            .raw("<button type=\"submit\" class=\"secondary\">Retire this answer</button></form>");
      }
      html.raw("</li>");
    }
    html.raw("</ul>\n");
  }

  /** @param names the hidden fields that say what the form is for: the organisation (and hand-off), or the answer */
  private void curatedForm(String action, String id, String question, String answer, String author, LocalDate reviewBy,
                           String button, String names) {
    html.raw("<form method=\"post\" action=\"").text(action).raw("\" class=\"stack\">").raw(hidden("csrf", csrf)).raw(names);
    field(id + "-question", "Question", "<textarea id=\"" + id + "-question\" name=\"question\" rows=\"2\" required>", question, "</textarea>");
    field(id + "-answer", "Answer", "<textarea id=\"" + id + "-answer\" name=\"answer\" rows=\"5\" required>", answer, "</textarea>");
    if (author != null) {
      html.raw("<label for=\"").text(id).raw("-author\">Answered by</label><p class=\"hint\" id=\"").text(id)
          .raw("-author-hint\">A role, as answers will cite it, e.g. EDI Contacts</p><input id=\"").text(id)
          .raw("-author\" name=\"author\" aria-describedby=\"").text(id).raw("-author-hint\" required value=\"").text(author).raw("\">");
    }
    html.raw("<label for=\"").text(id).raw("-review\">Review by</label><input type=\"date\" id=\"").text(id)
        .raw("-review\" name=\"review_by\" required value=\"").text(reviewBy).raw("\">");
    html.raw("<button type=\"submit\">").text(button).raw("</button></form>");
  }

  private void field(String id, String label, String open, String value, String close) {
    html.raw("<label for=\"").text(id).raw("\">").text(label).raw("</label>").raw(open).text(value).raw(close);
  }

  private void documents() {
    html.raw("<h3>Documents</h3>\n");
    if (org.documents().isEmpty()) {
      html.raw("<p>No documents of this organisation are loaded.</p>\n");
      return;
    }
    html.raw("<table><caption>").text(org.name()).raw(": documents, past their review date first</caption>")
        .raw("<thead><tr><th scope=\"col\">Document</th><th scope=\"col\">Review by</th><th scope=\"col\">Status</th>")
        .raw("<th scope=\"col\">Last cited</th></tr></thead><tbody>");
    for (DocumentReview d : org.documents()) {
      html.raw("<tr class=\"").text(d.state().name().toLowerCase(Locale.ROOT).replace('_', '-')).raw("\">")
          .raw("<td>").text(d.title()).raw("<span class=\"file\">").text(d.file()).raw("</span></td>")
          .element("td", d.reviewBy() == null ? "not given" : d.reviewBy()).element("td", d.state().words())
          .element("td", lastCited(d.lastCited())).raw("</tr>");
    }
    html.raw("</tbody></table>\n");
    List<DocumentReview> never = org.documents().stream().filter(d -> d.lastCited() == null).toList();
    html.raw("<h4>Documents never cited</h4>\n");
    if (never.isEmpty()) html.raw("<p>Every document has been cited in an answer.</p>\n");
    else {
      html.raw("<ul>");
      never.forEach(d -> html.element("li", d.title()));
      html.raw("</ul>\n");
    }
  }

  private void screenings() {
    html.raw("<h3>Screenings by status</h3>\n<table><caption>").text(org.name())
        .raw(": how many EqIA screenings are in each status (counts only)</caption>")
        .raw("<thead><tr><th scope=\"col\">Status</th><th scope=\"col\">Screenings</th></tr></thead><tbody>");
    for (Map.Entry<Status, Long> count : org.screenings().entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
      html.raw("<tr>").element("th scope=\"row\"", count.getKey().wireName()).element("td", count.getValue()).raw("</tr>");
    }
    html.raw("</tbody></table>\n");
  }

  /** Returns when a document was last cited, in words: the day, or that it was not. */
  static String lastCited(Instant when) {
    return when == null ? "not cited" : DAY.format(LocalDate.ofInstant(when, ZoneOffset.UTC));
  }

  private static String times(int count) {
    return count == 1 ? "once" : count + " times";
  }

  private static String hidden(String name, String value) {
    return new Html().raw("<input type=\"hidden\" name=\"").text(name).raw("\" value=\"").text(value).raw("\">").toString();
  }
}
