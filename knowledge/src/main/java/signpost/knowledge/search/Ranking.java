package signpost.knowledge.search;

import java.util.Set;
import signpost.knowledge.Document;

/**
 * How search results are weighted by where they come from and how much of the question they cover.
 *
 * @param ownOrganisation weight of a passage from the organisation in question: the one the question names,
 *     else the asker's
 * @param otherOrganisation weight of a passage from some organisation's document when no organisation is in
 *     question: not the asker's words, so not preferred to the guide
 * @param noOrganisation weight of a passage from a document that belongs to no organisation
 * @param builtIn weight of a passage from the built-in legal guide and glossary, below the
 *     organisations' own words so their documents are cited first when both explain a point
 * @param coverageFloor the share of a passage's score kept even when it covers none of the question
 * @param shapeBoost the factor for a passage of the shape the question asks for (a definition, a date,
 *     a number)
 */
public record Ranking(double ownOrganisation, double otherOrganisation, double noOrganisation, double builtIn, double coverageFloor,
                      double shapeBoost) {

  /** The weights calibrated on the development questions. */
  public static final Ranking DEFAULT = new Ranking(1.0, 1.0, 0.9, 0.75, 0.2, 1.6);

  public Ranking {
    if (coverageFloor < 0 || coverageFloor > 1) throw new IllegalArgumentException("coverageFloor must be 0..1: " + coverageFloor);
  }

  /** Returns the weight of a passage of {@code document} when the {@code organisations} are in question. */
  double weight(Document document, Set<String> organisations) {
    if (document.builtIn()) return builtIn;
    if (document.organisation() == null) return noOrganisation;
    return organisations.contains(document.organisation()) ? ownOrganisation : otherOrganisation;
  }
}
