package signpost.bot.edi;

import java.util.List;

/**
 * Questions in similar words, as the EDI team sees them.
 *
 * @param example the earliest question of the group, redacted
 * @param count how many questions it holds
 * @param weekly how many were asked in each week of the period asked about, oldest week first
 */
public record QuestionGroup(String example, int count, List<Integer> weekly) {

  public QuestionGroup {
    weekly = List.copyOf(weekly);
  }
}
