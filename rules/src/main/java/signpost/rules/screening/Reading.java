package signpost.rules.screening;

import java.util.List;

/**
 * What one message of a screening conversation says.
 *
 * @param cancel true when it drops the screening and describes no new change
 * @param correction true when it corrects what was said before, so its statements replace earlier ones
 * @param retract true when it takes back all that was said before ("ignore that, I was sent the wrong paper"): with a
 *     change named, the screening starts again from it
 * @param nothing true when it answers that there is nothing (yet): "none", "not yet", "don't know"
 * @param statements its sentences, each with the part of the record it fills, in order
 * @param mentions the groups its sentences point to
 */
public record Reading(boolean cancel, boolean correction, boolean retract, boolean nothing, List<Statement> statements,
                      List<Mention> mentions) {

  public Reading {
    statements = List.copyOf(statements);
    mentions = List.copyOf(mentions);
  }

  /** Returns the sentences that fill {@code slot}, joined with spaces, or null when none do. */
  public String text(Slot slot) {
    List<String> texts = statements.stream().filter(s -> s.slot() == slot).map(Statement::text).toList();
    return texts.isEmpty() ? null : String.join(" ", texts);
  }
}
