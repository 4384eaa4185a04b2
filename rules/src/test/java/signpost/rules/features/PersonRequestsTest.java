package signpost.rules.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import signpost.rules.RulesException;

/** The wordings that ask for a person, read from a file: its parts, its mistakes with file and line, a folder's copy. */
class PersonRequestsTest {

  private static final String SMALL = "[VERB]\nspeak\n[PREPOSITION]\nto\n[DETERMINER]\na\n[PERSON]\nhuman\n";

  private static PersonRequests parse(String text) throws IOException {
    return PersonRequests.parse("person-requests.txt", new BufferedReader(new StringReader(text)));
  }

  @Test
  void a_file_of_a_few_parts_recognises_only_their_wordings() throws IOException {
    PersonRequests requests = parse(SMALL);

    assertTrue(requests.asks("Speak to a human."));
    assertFalse(requests.asks("Can I speak to a human?"));
    assertFalse(requests.asks("talk to a human"));
    assertFalse(requests.asks("speak to a human about menopause leave"));
  }

  @Test
  void the_built_in_file_recognises_requests_and_not_questions() {
    PersonRequests requests = PersonRequests.builtIn();

    assertTrue(requests.asks("Hi, can I please talk to the EDI Contacts about this instead?"));
    assertFalse(requests.asks("Can I talk to the EDI Contacts about menopause support?"));
  }

  @Test
  void a_phrase_that_is_not_plain_words_names_the_file_and_line() {
    RulesException e = assertThrows(RulesException.class, () -> parse("# persons\n[VERB]\nspeak\n[PERSON]\nhuman|robot\n"));

    assertEquals("person-requests.txt:5: a phrase is plain words (letters, digits and '): human|robot", e.getMessage());
  }

  @Test
  void an_unknown_part_names_the_file_and_line() {
    RulesException e = assertThrows(RulesException.class, () -> parse("[VERB]\nspeak\n\n[PERSONS]\nhuman\n"));

    assertTrue(e.getMessage().startsWith("person-requests.txt:4: unknown part [PERSONS]; expected one of [GREETING, "),
        e.getMessage());
  }

  @Test
  void a_file_without_a_person_is_refused_naming_the_file() {
    RulesException e = assertThrows(RulesException.class, () -> parse("[VERB]\nspeak\n"));

    assertEquals("person-requests.txt: no [PERSON] phrase; a request needs one", e.getMessage());
  }

  @Test
  void a_folder_without_the_file_serves_the_built_in_wordings_and_one_with_it_its_own(@TempDir Path folder)
      throws IOException {
    assertSame(PersonRequests.builtIn(), PersonRequests.in(folder));

    Files.writeString(folder.resolve(PersonRequests.FILE), SMALL);

    assertTrue(PersonRequests.in(folder).asks("speak to a human"));
    assertFalse(PersonRequests.in(folder).asks("ask a person"));
  }
}
