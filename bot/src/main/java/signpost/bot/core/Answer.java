package signpost.bot.core;

import java.util.List;
import signpost.rules.decision.EqiaVerdict;
import signpost.rules.decision.Intent;

/**
 * One answer, the same for every channel; its JSON form is the answer contract.
 *
 * @param id the question's id, or null
 * @param question the question as asked
 * @param organisation the asker's organisation id, or null
 * @param answered false when Signpost has nothing reliable to say
 * @param intent what kind of answer it is
 * @param text the answer exactly as the person sees it
 * @param confidence how sure the answer is, 0 to 1
 * @param sources what it rests on, in the order the text cites them ([1] is the first)
 * @param contacts who to go to
 * @param eqia the EqIA verdict when the question asks whether one is needed, or null
 * @param rules the names of the rules that made the decisions
 */
public record Answer(String id, String question, String organisation, boolean answered, Intent intent,
                     String text, double confidence, List<Citation> sources, List<ContactCard> contacts,
                     EqiaVerdict eqia, List<String> rules) {

  public Answer {
    sources = List.copyOf(sources);
    contacts = List.copyOf(contacts);
    rules = List.copyOf(rules);
  }
}
