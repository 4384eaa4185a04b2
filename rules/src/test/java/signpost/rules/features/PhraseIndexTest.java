package signpost.rules.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The built-in phrase lists find in a text exactly the constants that holding the text against every phrase finds
 * ({@link PhraseList#matches}): looking only at the phrases whose first word the text has loses none. Held over the
 * phrases' own texts and every question and message of the shared evaluation sets, when they are beside the project.
 */
class PhraseIndexTest {

  private static final String FOLDER = "/signpost/rules/phrases/";
  private static final Pattern QUESTION = Pattern.compile("\"(?:question|text|message)\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

  @Test
  void every_list_finds_what_a_look_at_every_phrase_finds() throws IOException {
    List<String> texts = texts();
    check(PhraseList.load(FOLDER + "topics.txt", Topic.class), texts);
    check(PhraseList.load(FOLDER + "activities.txt", Activity.class).negated(), texts);
    check(PhraseList.load(FOLDER + "affected.txt", Affected.class), texts);
    check(PhraseList.load(FOLDER + "characteristics.txt", Characteristic.class), texts);
    check(PhraseList.load(FOLDER + "roles.txt", Role.class), texts);
    check(PhraseList.load(FOLDER + "asks.txt", Ask.class).exact(), texts);
  }

  private static <E extends Enum<E>> void check(PhraseList<E> list, List<String> texts) {
    int found = 0;
    for (String text : texts) {
      Set<String> everyPhrase = new TreeSet<>();
      for (String match : list.matches(text)) everyPhrase.add(match.substring(0, match.indexOf(':')));
      Set<String> indexed = new TreeSet<>();
      for (E value : list.find(text)) indexed.add(value.name());
      assertEquals(everyPhrase, indexed, text);
      found += indexed.size();
    }
    assertFalse(found == 0, "no text found anything: the check compared nothing");
  }

  /** Returns every phrase of the lists as a text, and the evaluation sets' questions when they are there. */
  private static List<String> texts() throws IOException {
    List<String> texts = new ArrayList<>();
    for (String file : List.of("topics.txt", "activities.txt", "affected.txt", "characteristics.txt", "roles.txt", "asks.txt")) {
      try (var in = PhraseIndexTest.class.getResourceAsStream(FOLDER + file)) {
        for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
          String text = line.strip().replace("...", "and then").replace("*", "ing").replace("=", "");
          if (!text.isEmpty() && !text.startsWith("#") && !text.startsWith("[")) texts.add(text.startsWith("-") ? text.substring(1) : text);
        }
      }
    }
    Path eval = Stream.of(Path.of("../shared/eval"), Path.of("../../shared/eval")).filter(Files::isDirectory).findFirst().orElse(null);
    if (eval != null) {
      try (Stream<Path> files = Files.list(eval)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".jsonl")).toList()) {
          Matcher m = QUESTION.matcher(Files.readString(file));
          while (m.find()) texts.add(m.group(1).replace("\\\"", "\"").replace("\\n", " "));
        }
      }
    }
    return texts;
  }
}
