package signpost.knowledge.index;

/**
 * An abbreviation a document defines, as in "Equality Impact Assessment (EqIA)".
 *
 * @param shortForm the abbreviation, e.g. {@code EqIA}
 * @param longForm what it stands for, e.g. {@code Equality Impact Assessment}
 */
public record Acronym(String shortForm, String longForm) {

  public Acronym {
    if (shortForm.isBlank() || longForm.isBlank()) {
      throw new IllegalArgumentException("acronym needs both forms: " + shortForm + " / " + longForm);
    }
  }
}
