package signpost.knowledge.search;

import signpost.knowledge.Document;

/**
 * How search results are weighted by where they come from and how much of the question they cover.
 *
 * @param ownOrganisation weight of a passage from the asker's own organisation (or any organisation's,
 *     when the asker's is unknown)
 * @param noOrganisation weight of a passage from a document that belongs to no organisation
 * @param builtIn weight of a passage from the built-in legal guide and glossary, below the
 *     organisations' own words so their documents are cited first when both explain a point
 * @param coverageFloor the share of a passage's score kept even when it covers none of the question
 * @param shapeBoost the factor for a passage of the shape the question asks for (a definition, a date,
 *     a number)
 */
public record Ranking(double ownOrganisation, double noOrganisation, double builtIn, double coverageFloor,
                      double shapeBoost) {

  /** The weights calibrated on the development questions. */
  public static final Ranking DEFAULT = new Ranking(1.0, 0.9, 0.75, 0.2, 1.6);

  public Ranking {
    if (coverageFloor < 0 || coverageFloor > 1) throw new IllegalArgumentException("coverageFloor must be 0..1: " + coverageFloor);
  }

  /** Returns the weight of a passage of {@code document} for someone in {@code organisation}. */
  double weight(Document document, String organisation) {
    if (document.builtIn()) return builtIn;
    if (document.organisation() == null) return noOrganisation;
    return ownOrganisation;
  }
}
