package signpost.bot.edi;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The given names {@link Redaction} recognises a person's name by, read from the resource
 * {@code signpost/edi/given-names.txt} so the EDI team can extend it without Java; a bad line fails with its line.
 */
final class GivenNames {

  static final String RESOURCE = "/signpost/edi/given-names.txt";
  private static final Pattern NAME = Pattern.compile("\\p{Lu}\\p{Ll}+(?:['’-]\\p{Lu}?\\p{Ll}+)*");

  private GivenNames() {}

  /** Returns the names in the resource. */
  static Set<String> load() {
    try (InputStream in = GivenNames.class.getResourceAsStream(RESOURCE)) {
      if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
      return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /**
   * Reads one capitalised name a line, skipping blank lines and {@code #} comments.
   *
   * @throws IllegalArgumentException naming the file and line of a line that is not one capitalised name
   */
  static Set<String> read(BufferedReader reader, String file) throws IOException {
    Set<String> names = new HashSet<>();
    int number = 0;
    for (String line; (line = reader.readLine()) != null; ) {
      number++;
      String name = line.strip();
      if (name.isEmpty() || name.startsWith("#")) continue;
      if (!NAME.matcher(name).matches()) {
        throw new IllegalArgumentException(file + ":" + number + ": not one capitalised given name: " + name);
      }
      names.add(name);
    }
    return Set.copyOf(names);
  }
}
