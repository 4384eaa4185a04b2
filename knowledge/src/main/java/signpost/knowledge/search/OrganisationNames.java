package signpost.knowledge.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the organisations a question names: the known ones by their name, short name ("Cambridgeshire"
 * for Cambridgeshire County Council) or id, in any case; and any other public body by the shape of its
 * name ("Norfolk County Council", "Leeds City Council", "Sherwood NHS Foundation Trust"), which Signpost
 * then knows nothing about. Thread-safe.
 */
public final class OrganisationNames {

  /** A public body named the way councils and trusts are: a proper name, then what kind of body it is. */
  private static final Pattern BODY = Pattern.compile(
      "\\b([\\p{L}][\\p{L}'’.-]*)\\s+(?:(county|city|borough|district|metropolitan borough|town|parish)\\s+council"
          + "|(?:\\p{L}+\\s+){0,2}nhs\\s+(?:foundation\\s+)?trust)\\b");
  /** Words that can stand before "county council" without naming one ("the county council"). */
  private static final Set<String> NOT_NAMES = Set.of("the", "a", "an", "our", "your", "my", "their", "this",
      "that", "each", "every", "any", "which", "what", "other", "another", "local", "new", "whole", "full", "same",
      "his", "her", "its", "of", "for", "to", "and", "or", "at", "by", "in", "on", "with", "from", "s");
  private static final Pattern KIND = Pattern.compile(
      "\\s+(county|city|borough|district|metropolitan borough|town|parish)\\s+council$");

  /**
   * What a question says about organisations.
   *
   * @param known the ids of the known organisations it names
   * @param unknown the first public body it names that is not known, as written in lower case
   * @param rest the question without the known names: they choose where to look, not what to look for
   */
  public record Named(Set<String> known, Optional<String> unknown, String rest) {}

  private final Map<String, Set<String>> phrases = new LinkedHashMap<>();

  /** Returns a recogniser of the organisations given as id to the names they go by. */
  public OrganisationNames(Map<String, ? extends Collection<String>> names) {
    names.forEach((id, written) -> {
      Set<String> forms = new LinkedHashSet<>();
      forms.add(id.toLowerCase(Locale.ROOT).replace('-', ' '));
      for (String name : written) {
        String lower = name.toLowerCase(Locale.ROOT).strip();
        if (lower.isEmpty()) continue;
        forms.add(lower);
        forms.add(KIND.matcher(lower).replaceFirst(""));
      }
      phrases.put(id, forms);
    });
    // "Is that just a KVBC thing?": the initials of a name of three words or more, when no other organisation's match.
    Map<String, List<String>> byInitials = new LinkedHashMap<>();
    names.forEach((id, written) -> written.stream().map(OrganisationNames::initials).filter(i -> i.length() >= 3).distinct()
        .forEach(i -> byInitials.computeIfAbsent(i, k -> new ArrayList<>()).add(id)));
    byInitials.forEach((initials, ids) -> {
      if (ids.stream().distinct().count() == 1) phrases.get(ids.get(0)).add(initials);
    });
  }

  /** Words of a name left out of its initials ("Equality and Human Rights Commission" is EHRC). */
  private static final Set<String> SMALL_WORDS = Set.of("and", "of", "the", "for", "&");

  /** Returns the initials of a name, lower case: "kvbc" for "Kestrel Vale Borough Council"; "" for a shorter name. */
  static String initials(String name) {
    String[] words = name.strip().split("\\s+");
    if (words.length < 3) return "";
    StringBuilder out = new StringBuilder();
    for (String word : words) {
      if (SMALL_WORDS.contains(word.toLowerCase(Locale.ROOT)) || !Character.isLetter(word.charAt(0))) continue;
      out.append(Character.toLowerCase(word.charAt(0)));
    }
    return out.toString();
  }

  /** Returns a recogniser that knows no organisation. */
  public static OrganisationNames none() {
    return new OrganisationNames(Map.of());
  }

  /** Returns the known organisations the question names, and the first body it names that is not known. */
  public Named in(String question) {
    String lower = question.toLowerCase(Locale.ROOT);
    Set<String> known = new LinkedHashSet<>();
    String rest = question;
    for (Map.Entry<String, String> form : longestFirst()) {
      Matcher match = words(form.getValue()).matcher(rest);
      if (match.find()) {
        known.add(form.getKey());
        rest = match.replaceAll(" ");
      }
    }
    Optional<String> unknown = Optional.empty();
    Matcher body = BODY.matcher(lower);
    while (body.find() && unknown.isEmpty()) {
      String name = body.group(1);
      if (!NOT_NAMES.contains(name) && !knownWord(name)) unknown = Optional.of(body.group().strip());
    }
    return new Named(Set.copyOf(known), unknown, known.isEmpty() ? question : rest);
  }

  /** The asker's own body named by its kind: "the population of the borough", "how diverse is our county". */
  private static final Pattern OWN_BODY = Pattern.compile("\\b(?:the|our|this)\\s+(?:borough|county|city|district"
      + "|council|trust|authority|organisation|organization)\\b"
      // The body itself, not a thing of it ("the council tax", "the trust board", "the council's cabinet").
      + "(?=\\s*(?:$|[?.!,;:]|(?:and|or|as|is|are|was|were|has|have|in|at|for|to|like|overall|itself|compare|compared)\\b))",
      Pattern.CASE_INSENSITIVE);

  /**
   * Returns what {@link #in} does, and where the question names no organisation but speaks of its asker's own by its
   * kind ("whats the population of the borough?"), that organisation as named: the borough is the asker's, so every
   * passage of its documents is about it, whether or not it says "borough".
   */
  public Named in(String question, String asker) {
    Named named = in(question);
    if (asker == null || !named.known().isEmpty() || named.unknown().isPresent()) return named;
    Matcher own = OWN_BODY.matcher(question);
    if (!own.find()) return named;
    return new Named(Set.of(asker), Optional.empty(), own.replaceAll(" "));
  }

  /** Returns each organisation's names as (id, name), longest name first, so a full name goes before its short form. */
  private List<Map.Entry<String, String>> longestFirst() {
    List<Map.Entry<String, String>> forms = new ArrayList<>();
    phrases.forEach((id, names) -> names.forEach(name -> forms.add(Map.entry(id, name))));
    forms.sort(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getValue().length()).reversed());
    return forms;
  }

  private boolean knownWord(String word) {
    for (Set<String> forms : phrases.values()) {
      for (String form : forms) if (containsWords(form, word)) return true;
    }
    return false;
  }

  private static boolean containsWords(String text, String words) {
    return !words.isBlank() && words(words).matcher(text).find();
  }

  /** Returns a case-insensitive pattern of the words standing alone, not inside longer words. */
  private static Pattern words(String words) {
    return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(words) + "(?![\\p{L}\\p{N}])",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }
}
