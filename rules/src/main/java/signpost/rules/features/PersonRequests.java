package signpost.rules.features;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import signpost.rules.RulesException;
import signpost.rules.SectionFile;

/**
 * Tells a message that asks for a person ("ask a person", "can I speak to a human?", "pass this to the EDI team")
 * from a question, by the wordings of {@code person-requests.txt}. The whole message must be the request: an optional
 * opener ("can I", "I'd like to"), a verb of reaching someone ("ask", "speak to", "pass ... on to") and a person ("a
 * human", "someone", "the EDI Contacts"), with nothing after but "about this" or "please"; or just wanting one ("I want
 * a human"). A message that goes on to a topic ("Can I ask a person about their religion at interview?") is a
 * question, answered as one. The order of the parts is fixed here; the words of each are the file's, which the EDI
 * team may edit in the rules folder (see {@link #in(Path)}).
 */
public final class PersonRequests {

  /** The file's name, built in beside the phrase lists and in a rules folder. */
  public static final String FILE = "person-requests.txt";
  private static final String RESOURCE = "/signpost/rules/phrases/" + FILE;
  /** A phrase is plain words: a regular expression or punctuation in it would never match a normalised message. */
  private static final Pattern WORDS = Pattern.compile("[a-z0-9']+(?: [a-z0-9']+)*");
  private static final PersonRequests BUILT_IN = read(RESOURCE,
      SectionFile.load(RESOURCE, "phrase list", Part.class, "part", "phrase"));

  /** The parts of a request, each a section of the file. */
  private enum Part { GREETING, OPENER, VERB, OBJECT, PARTICLE, PREPOSITION, DETERMINER, QUALIFIER, PERSON, WANT, ALONE,
    ABOUT, SUBJECT, ENDING }

  private final Pattern request;

  private PersonRequests(Pattern request) {
    this.request = request;
  }

  /** Returns the wordings shipped in the jar. */
  public static PersonRequests builtIn() {
    return BUILT_IN;
  }

  /**
   * Returns the wordings of {@code folder}'s {@value #FILE}, or the built-in ones when it has none.
   *
   * @throws RulesException when the file cannot be read or is malformed, naming the file and line
   */
  public static PersonRequests in(Path folder) {
    Path file = folder.resolve(FILE);
    if (!Files.isRegularFile(file)) return BUILT_IN;
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return parse(FILE, reader);
    } catch (IOException e) {
      throw new RulesException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Returns the wordings read from {@code reader}.
   *
   * @param name the file name used in messages
   * @throws RulesException naming the file and line of an unknown part or a phrase that is not plain words, or the
   *     file when it has no verb or no person
   */
  static PersonRequests parse(String name, BufferedReader reader) throws IOException {
    return read(name, SectionFile.parse(name, reader, Part.class, "part", "phrase"));
  }

  private static PersonRequests read(String name, List<SectionFile.Entry<Part>> entries) {
    Map<Part, String> parts = new EnumMap<>(Part.class);
    for (Part part : Part.values()) {
      List<String> phrases = entries.stream().filter(e -> e.section() == part).map(e -> phrase(name, e)).toList();
      if (!phrases.isEmpty()) parts.put(part, phrases.stream().map(p -> p.replace(" ", "\\s+"))
          .collect(Collectors.joining("|", "(?:", ")")));
    }
    for (Part needed : List.of(Part.VERB, Part.PERSON)) {
      if (!parts.containsKey(needed)) throw new RulesException(name + ": no [" + needed + "] phrase; a request needs one");
    }
    return new PersonRequests(Pattern.compile(grammar(parts)));
  }

  private static String phrase(String name, SectionFile.Entry<Part> entry) {
    String text = entry.text().toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("\\s+", " ");
    if (!WORDS.matcher(text).matches()) {
      throw new RulesException(name + ":" + entry.line() + ": a phrase is plain words (letters, digits and '): "
          + entry.text());
    }
    return text;
  }

  /** Returns the expression of a whole request; a part the file leaves empty is left out. */
  private static String grammar(Map<Part, String> parts) {
    String person = "\\s+" + optional(parts, Part.QUALIFIER, "", "\\s+") + parts.get(Part.PERSON);
    String reach = optional(parts, Part.OPENER, "", "\\s+") + parts.get(Part.VERB) + after(parts, Part.OBJECT)
        + after(parts, Part.PARTICLE) + after(parts, Part.PREPOSITION) + after(parts, Part.DETERMINER) + person;
    String want = parts.containsKey(Part.WANT) ? "|" + parts.get(Part.WANT) + after(parts, Part.DETERMINER) + person : "";
    String alone = parts.containsKey(Part.ALONE) ? "|" + parts.get(Part.ALONE) : "";
    String about = parts.containsKey(Part.ABOUT) && parts.containsKey(Part.SUBJECT)
        ? "(?:\\s+" + parts.get(Part.ABOUT) + "\\s+" + parts.get(Part.SUBJECT) + ")?" : "";
    return optional(parts, Part.GREETING, "", "\\s+") + "(?:" + reach + want + alone + ")" + about
        + after(parts, Part.ENDING);
  }

  private static String after(Map<Part, String> parts, Part part) {
    return optional(parts, part, "\\s+", "");
  }

  private static String optional(Map<Part, String> parts, Part part, String before, String after) {
    return parts.containsKey(part) ? "(?:" + before + parts.get(part) + after + ")?" : "";
  }

  /** Returns true when the whole message asks to reach a person rather than asking a question. */
  public boolean asks(String message) {
    if (message == null) return false;
    String text = message.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("[,;:]", " ")
        .replaceAll("[?.!\\s]+$", "").replaceAll("\\s+", " ").strip();
    return request.matcher(text).matches();
  }
}
