package signpost.knowledge;

import java.util.List;

/** Thrown when someone names an organisation Signpost does not know; the message lists the ones it does. */
public final class UnknownOrganisationException extends IllegalArgumentException {

  private final String given;
  private final List<String> known;

  public UnknownOrganisationException(String given, List<String> known) {
    super("unknown organisation: " + given + "; known: " + (known.isEmpty() ? "none" : String.join(", ", known)));
    this.given = given;
    this.known = List.copyOf(known);
  }

  /** Returns the name as given. */
  public String given() {
    return given;
  }

  /** Returns the ids of the known organisations, sorted. */
  public List<String> known() {
    return known;
  }
}
