package signpost.bot.teams;

import java.util.List;
import signpost.bot.teams.CardElement.Text;
import signpost.bot.core.ExampleQuestions;

/** Says what Signpost does, for whom and how to ask in Teams: the welcome when it is added, and the reply to "help". */
final class WelcomeCard {

  static final String HOW_TO_ASK = "In a personal chat, just type your question. In a channel or group chat, mention "
      + "@Signpost with your question: the answer comes in the same thread. Say \"my data\" to see what Signpost keeps "
      + "about you.";

  private WelcomeCard() {}

  /** Returns the card, naming the organisation when one is set for this tenant. */
  static AdaptiveCard of(String organisationName) {
    return new AdaptiveCard(List.of(
        Text.heading("Signpost answers questions on equality, diversity and inclusion"
            + (organisationName == null ? "" : " for " + organisationName)),
        Text.of("What the equality duty means for your team, whether a change needs an Equality Impact Assessment (EqIA), "
            + "your equality objectives and who to go to. Every answer quotes and cites the documents it rests on."),
        Text.heading("Try"),
        Text.of(AnswerCard.bullets(ExampleQuestions.ALL)),
        Text.of(HOW_TO_ASK),
        Text.subtle("Signpost uses no language model: it quotes your organisation's documents and cites them. "
            + "👍/👎 records which answer was rated, never who rated it.")), List.of());
  }
}
