package signpost.bot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import signpost.bot.server.TestServers;

/** {@code screening} through the real {@link Main}: the records of the person at the terminal, and no one else's. */
class ScreeningCommandTest {

  private static final String NOBODYS = "SCR-0000-0000-0000-0000";

  @TempDir static Path cache;
  @TempDir Path dir;

  /** Returns the run of {@code signpost ARGS} over the shared corpus, its data kept in this test's folder. */
  private Cli.Run signpost(String input, String... args) throws IOException {
    Path config = dir.resolve("signpost.properties");
    if (!Files.exists(config)) Files.writeString(config, "SIGNPOST_DATA=" + dir.resolve("data").toString().replace("\\", "/") + "\n");
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--knowledge", TestServers.corpus().toString(), "--cache", cache.toString(), "--config", config.toString()));
    return Cli.withInput(input, all.toArray(String[]::new));
  }

  @Test
  void a_person_with_no_records_is_told_how_to_start_one() throws IOException {
    Cli.Run run = signpost("", "screening", "list");

    assertEquals(0, run.code(), run.err());
    assertEquals("You have no screening records. Start one with signpost chat." + System.lineSeparator(), run.out());
  }

  @Test
  void a_record_that_is_not_yours_is_not_found_whatever_you_ask_of_it() throws IOException {
    for (String[] args : new String[][] {{"show", NOBODYS}, {"export", NOBODYS, "--format", "md"}, {"delete", NOBODYS},
        {"show", "not-a-reference"}}) {
      List<String> call = new ArrayList<>(List.of("screening"));
      call.addAll(List.of(args));
      Cli.Run run = signpost("", call.toArray(String[]::new));

      assertEquals(1, run.code(), String.join(" ", args));
      assertEquals("signpost: no screening record of yours has the reference " + args[1] + "; see signpost screening list"
          + System.lineSeparator(), run.err());
    }
  }

  @Test
  void a_wrong_call_is_a_usage_error_naming_what_is_wrong() {
    String[][] calls = {{"screening"}, {"screening", "frobnicate"}, {"screening", "list", NOBODYS}, {"screening", "show"},
        {"screening", "export", NOBODYS}, {"screening", "export", NOBODYS, "--format", "docx"}};
    String[] messages = {"screening needs one of list, show, export, delete",
        "unknown screening action frobnicate; use list, show, export or delete", "screening list takes no reference",
        "screening show needs one reference", "screening export needs --format md or --format pdf",
        "screening export needs --format md or --format pdf: docx"};
    for (int i = 0; i < calls.length; i++) {
      Cli.Run run = Cli.run(calls[i]);

      assertEquals(2, run.code(), String.join(" ", calls[i]));
      assertTrue(run.err().startsWith("signpost: " + messages[i] + System.lineSeparator()), run.err());
      assertTrue(run.err().contains(ScreeningCommand.USAGE), run.err());
    }
  }

  @Test
  void a_screening_kept_by_chat_is_listed_shown_exported_and_deleted_by_its_owner() throws IOException {
    Cli.Run chat = signpost("Do I need an EqIA for cutting day-centre hours?\n"
        + "We would open the day centre three days a week instead of five.\n"
        + "Mostly older people and disabled adults, about 120 a week.\nexit\n", "chat", "--org", "cambridgeshire");
    Matcher made = Pattern.compile("Screening (SCR(-[0-9A-Z]{4}){4}) is").matcher(chat.out());
    assertTrue(made.find(), chat.out());
    String reference = made.group(1);

    Cli.Run list = signpost("", "screening", "list");
    Cli.Run show = signpost("", "screening", "show", reference.toLowerCase());
    Path pdf = dir.resolve("record.pdf");
    Cli.Run export = signpost("", "screening", "export", reference, "--format", "pdf", "--out", pdf.toString());

    assertEquals(0, list.code(), list.err());
    assertTrue(list.out().matches(reference + "  open       (required|screening) .*\\R"), list.out());
    assertEquals(0, show.code(), show.err());
    assertTrue(show.out().startsWith("# EqIA screening " + reference), show.out());
    assertTrue(show.out().contains("Mostly older people and disabled adults"), show.out());
    assertEquals(0, export.code(), export.err());
    assertEquals("Wrote screening " + reference + " to " + pdf + System.lineSeparator(), export.out());
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      String text = new PDFTextStripper().getText(document);
      assertTrue(text.contains("Verdict so far: ") && text.contains("age not known") && text.contains("disability not known"), text);
    }

    Cli.Run delete = signpost("", "screening", "delete", reference);

    assertEquals(0, delete.code(), delete.err());
    assertEquals("Deleted screening " + reference + "." + System.lineSeparator(), delete.out());
    assertEquals(1, signpost("", "screening", "show", reference).code());
  }
}
