package signpost.bot.teams;

import java.util.List;
import signpost.bot.privacy.MyData;
import signpost.bot.store.PersonalData;

/**
 * "my data" and "delete my data" in Teams: the list of what is kept about the sender, and a card whose button
 * ({@link #DELETE}) deletes it. Whose data is always the activity's sender as Teams vouches for them, never anything in
 * the button, so a card pressed by someone else in a chat deletes only the presser's own.
 */
final class MyDataReplies {

  static final String DELETE = "delete_my_data";

  private final Answering answering;

  MyDataReplies(Answering answering) {
    this.answering = answering;
  }

  /** Replies to a request about the sender's data. */
  void reply(Turn turn, MyData.Request request) {
    PersonalData.Person person = person(turn);
    PersonalData data = answering.personalData();
    switch (request) {
      case SHOW -> turn.reply(Outgoing.text(MyData.shown(data.find(person))));
      case DELETE -> {
        PersonalData.Kept kept = data.find(person);
        turn.reply(kept.isEmpty() ? Outgoing.text(MyData.confirm(kept)) : Outgoing.card(confirmCard(MyData.confirm(kept))));
      }
      case CONFIRM -> turn.reply(Outgoing.text(deleted(turn)));
    }
  }

  /** Deletes the presser's data and returns what was deleted, worded for them. */
  String deleted(Turn turn) {
    return MyData.deleted(answering.personalData().delete(person(turn)));
  }

  private PersonalData.Person person(Turn turn) {
    return answering.person(turn.incoming().tenantId(), turn.incoming().fromId());
  }

  private static AdaptiveCard confirmCard(String text) {
    return new AdaptiveCard(List.of(CardElement.Text.of(text)), List.of(new CardAction.Execute(MyData.CONFIRMATION, DELETE, "confirm")));
  }
}
