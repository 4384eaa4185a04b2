package signpost.bot.teams;

import com.fasterxml.jackson.databind.JsonNode;

/** One inbound activity being handled, and the ways to answer it; the protocol that carries them is behind it. */
interface Turn {

  /** Returns the activity. */
  Incoming incoming();

  /** Shows that Signpost is typing in the conversation. */
  void typing();

  /** Replies in the activity's conversation, in its thread. */
  void reply(Outgoing message);

  /** Sets the HTTP answer to an invoke: its status and JSON body. */
  void respond(int status, JsonNode body);
}
