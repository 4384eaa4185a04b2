package signpost.knowledge.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import signpost.knowledge.Document;
import signpost.knowledge.Passage;

class HtmlParserTest {

  private static final String PEER_CHALLENGE = "derby-city-diversity-peer-challenge-2011.html";

  @TempDir Path temp;

  @Test
  void headings_of_the_peer_challenge_are_kept() throws IOException {
    List<Block> blocks = new HtmlParser().parse(SharedFiles.corpus(PEER_CHALLENGE));
    assertEquals(Block.paragraph("Derby City Council Diversity Peer Challenge (Excellent Level)", null), blocks.get(0));
    assertEquals(Block.heading(2, "Introduction", null), blocks.get(2));
    assertTrue(blocks.contains(Block.heading(2, "Knowing your communities and equality mapping", null)));
    assertTrue(blocks.stream().noneMatch(b -> b.text().isEmpty() || b.text().contains("font-family")));
  }

  @Test
  void lead_in_and_items_of_the_peer_challenge_form_one_passage() throws IOException {
    Document document = new Document(PEER_CHALLENGE, "Peer challenge", null, null, null, null, false);
    List<Passage> passages = new Passager().passages(document, new HtmlParser().parse(SharedFiles.corpus(PEER_CHALLENGE)));
    Passage themes = passages.stream().filter(p -> p.text().startsWith("The equality framework")).findFirst().orElseThrow();
    assertEquals(List.of("The challenge"), themes.section());
    assertEquals("The equality framework for accreditation as an excellent authority focuses on 5 themes:\n"
        + "- knowing your communities and equality mapping\n"
        + "- place shaping, leadership, partnership and organisational commitment\n"
        + "- community engagement and satisfaction\n- responsive services and customer care\n"
        + "- modern and diverse workforce", themes.text());
    assertTrue(passages.stream().noneMatch(p -> p.text().contains("**") || p.text().contains("<")));
  }

  @Test
  void a_question_of_an_faq_disclosure_heads_its_answer_and_the_next_heading_ends_it() throws IOException {
    byte[] page = """
        <html><body><h2>Support</h2>
        <details><summary>I'm a reservist. Is there <b>anything</b> for me?</summary>
        <div class="answer"><p>Reservists get 10 days' paid leave a year for training.</p></div></details>
        <details><summary>Where can I get confidential support?</summary><p>Call the Wellbeing Line.</p></details>
        <h2>Networks</h2><p>Five networks meet monthly.</p>
        </body></html>""".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    Document document = new Document("faqs.html", "FAQs", null, null, null, null, false);
    List<Passage> passages = new Passager().passages(document, new HtmlParser().parse("faqs.html", page));

    Passage leave = passages.stream().filter(p -> p.text().startsWith("Reservists")).findFirst().orElseThrow();
    assertEquals(List.of("Support", "I'm a reservist. Is there anything for me?"), leave.section());
    Passage line = passages.stream().filter(p -> p.text().startsWith("Call")).findFirst().orElseThrow();
    assertEquals(List.of("Support", "Where can I get confidential support?"), line.section());
    Passage networks = passages.stream().filter(p -> p.text().startsWith("Five")).findFirst().orElseThrow();
    assertEquals(List.of("Networks"), networks.section());
  }

  @Test
  void main_content_is_read_and_page_furniture_skipped() throws IOException {
    Path file = Files.writeString(temp.resolve("page.html"), """
        <html><head><title>t</title><script>var x = 1;</script></head><body>
        <nav><a href="/">Home</a></nav>
        <div>Outside main</div>
        <main>
          <h1>Equality objectives</h1>
          <p>We publish <b>objectives</b> every four years.</p>
          <p hidden>Draft only</p><div style="display: none">Hidden</div>
          <table><tr><th>Objective</th><th>Lead</th></tr><tr><td>Workforce</td><td>HR</td></tr></table>
          <dl><dt>PSED</dt><dd>Public Sector Equality Duty</dd></dl>
          <aside><h2>Related links</h2><ul><li><a href="/dignity">Dignity at Work policy</a></li></ul></aside>
          <form><label>Search</label></form>
          Loose text at the end
        </main>
        <footer>Copyright</footer></body></html>
        """);
    assertEquals(List.of(Block.heading(1, "Equality objectives", null),
        Block.paragraph("We publish objectives every four years.", null),
        Block.tableRow("Objective: Workforce; Lead: HR", null),
        Block.paragraph("PSED", null), Block.paragraph("Public Sector Equality Duty", null),
        Block.paragraph("Loose text at the end", null)), new HtmlParser().parse(file));
  }

  @Test
  void a_sidebar_of_content_beside_main_is_read_after_it_and_one_of_links_is_not() throws IOException {
    Path file = Files.writeString(temp.resolve("sidebar.html"), """
        <html><body>
        <aside><h2>In this section</h2><ul><li><a href="/objectives">Equality objectives</a></li>
          <li><a href="/eqia">EqIA guidance</a></li></ul></aside>
        <main><h1>Equality objectives</h1><p>Objective 1: fair access to services.</p></main>
        <aside class="sidebar">
          <h2>Contact the Equalities team</h2>
          <p>Email: <a href="mailto:equalities@example.gov.uk">equalities@example.gov.uk</a></p>
          <p>EqIA clinic: every Thursday, 10am to 12 noon, on Teams.</p>
        </aside>
        </body></html>
        """);
    assertEquals(List.of(Block.heading(1, "Equality objectives", null),
        Block.paragraph("Objective 1: fair access to services.", null),
        Block.heading(2, "Contact the Equalities team", null),
        Block.paragraph("Email: equalities@example.gov.uk", null),
        Block.paragraph("EqIA clinic: every Thursday, 10am to 12 noon, on Teams.", null)), new HtmlParser().parse(file));
  }

  @Test
  void the_hidden_panels_of_an_accordion_a_button_opens_are_read_and_other_hidden_things_are_not() throws IOException {
    Path file = Files.writeString(temp.resolve("faq.html"), """
        <html><body><main>
          <h2><button aria-expanded="false" aria-controls="panel-1">How do I book a BSL interpreter?</button></h2>
          <div id="panel-1" hidden><p>Email interpreting@severnmoor.example five working days ahead.</p></div>
          <div role="tabpanel" hidden><p>Carers leave is up to five days a year.</p></div>
          <div id="draft" hidden><p>Draft wording not yet agreed</p></div>
        </main></body></html>
        """);
    assertEquals(List.of(Block.heading(2, "How do I book a BSL interpreter?", null),
        Block.paragraph("Email interpreting@severnmoor.example five working days ahead.", null),
        Block.paragraph("Carers leave is up to five days a year.", null)), new HtmlParser().parse(file));
  }

  @Test
  void in_page_contents_list_is_skipped_and_a_table_without_th_keeps_its_headers() throws IOException {
    Path file = Files.writeString(temp.resolve("report.html"), """
        <html><body>
        <h2>Contents</h2>
        <ul><li><a href="#timetable">Timetable</a></li><li><a href="#objectives">Objectives</a></li></ul>
        <h2 id="timetable">Timetable</h2>
        <table><tr><td>Activity</td><td>Timescale</td></tr>
        <tr><td>Public consultation</td><td>1 March 2024 to 5 April 2024</td></tr></table>
        </body></html>
        """);
    assertEquals(List.of(Block.heading(2, "Contents", null), Block.heading(2, "Timetable", null),
        Block.tableRow("Activity: Public consultation; Timescale: 1 March 2024 to 5 April 2024", null)),
        new HtmlParser().parse(file));
  }

  @Test
  void a_cell_spanning_rows_is_read_with_each_row_and_a_cell_spanning_columns_once() throws IOException {
    Path file = Files.writeString(temp.resolve("objectives.html"), """
        <html><body><table>
        <tr><th>Objective</th><th>Action</th><th>Lead</th></tr>
        <tr><th rowspan="2">2. Services everyone can use</th><td>2.1 Accessible website</td><td>Digital Manager</td></tr>
        <tr><td>2.2 BSL video relay</td><td>Head of Customer Services</td></tr>
        <tr><td colspan="2">3. Workforce (actions to follow)</td><td>HR</td></tr>
        <tr><td rowspan="x">4. Bad span</td><td>4.1 Kept</td><td>Chief Executive</td></tr>
        </table></body></html>
        """);
    assertEquals(List.of(
        Block.tableRow("Objective: 2. Services everyone can use; Action: 2.1 Accessible website; Lead: Digital Manager", null),
        Block.tableRow("Objective: 2. Services everyone can use; Action: 2.2 BSL video relay; Lead: Head of Customer Services", null),
        Block.tableRow("Objective: 3. Workforce (actions to follow); Lead: HR", null),
        Block.tableRow("Objective: 4. Bad span; Action: 4.1 Kept; Lead: Chief Executive", null)),
        new HtmlParser().parse(file));
  }

  @Test
  void empty_html_file_is_unreadable() throws IOException {
    Path file = Files.createFile(temp.resolve("empty.html"));
    assertThrows(UnreadableDocumentException.class, () -> new HtmlParser().parse(file));
  }
}
