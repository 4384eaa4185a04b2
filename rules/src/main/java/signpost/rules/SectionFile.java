package signpost.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Reads the text tables the EDI team edits without Java: a line {@code [NAME]} starts a section named
 * by a constant of an enum, each further line is one entry of that section, and {@code #} starts a
 * comment. Every mistake is reported with the file and line.
 */
public final class SectionFile {

  /** One entry: the section it stands in, its line number, and its text, trimmed. */
  public record Entry<E>(E section, int line, String text) {}

  private SectionFile() {}

  /**
   * Returns the entries of a classpath resource.
   *
   * @param what what the file is, for the message when it is missing (e.g. "phrase list")
   * @throws RulesException when the resource is missing or malformed
   */
  public static <E extends Enum<E>> List<Entry<E>> load(String resource, String what, Class<E> sections,
                                                        String sectionNoun, String entryNoun) {
    try (InputStream in = SectionFile.class.getResourceAsStream(resource)) {
      if (in == null) throw new RulesException("missing " + what + " " + resource);
      return parse(resource, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), sections,
          sectionNoun, entryNoun);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  /**
   * Returns the entries read from {@code reader}.
   *
   * @param name the file name used in messages
   * @param sectionNoun what a section names, in messages (e.g. "topic")
   * @param entryNoun what an entry is, in messages (e.g. "phrase")
   * @throws RulesException naming the file and line of an unknown section or an entry before any section
   */
  public static <E extends Enum<E>> List<Entry<E>> parse(String name, BufferedReader reader, Class<E> sections,
                                                         String sectionNoun, String entryNoun) throws IOException {
    List<Entry<E>> entries = new ArrayList<>();
    E section = null;
    int number = 0;
    for (String line; (line = reader.readLine()) != null; ) {
      number++;
      String text = line.strip();
      if (text.isEmpty() || text.startsWith("#")) continue;
      if (text.startsWith("[") && text.endsWith("]")) {
        section = constant(sections, text.substring(1, text.length() - 1), name, number, sectionNoun);
      } else if (section == null) {
        throw new RulesException(name + ":" + number + ": " + entryNoun + " before any ["
            + sectionNoun.toUpperCase(Locale.ROOT) + "]: " + text);
      } else {
        entries.add(new Entry<>(section, number, text));
      }
    }
    return entries;
  }

  private static <E extends Enum<E>> E constant(Class<E> type, String label, String name, int line, String noun) {
    try {
      return Enum.valueOf(type, label.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
    } catch (IllegalArgumentException e) {
      throw new RulesException(name + ":" + line + ": unknown " + noun + " [" + label + "]; expected one of "
          + Arrays.toString(type.getEnumConstants()));
    }
  }
}
