package signpost.bot.edi;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Tells a message that asks for a person ("ask a person", "can I speak to a human?", "pass this to the EDI team")
 * from a question. The whole message must be the request: an optional opener ("can I", "I'd like to"), a verb of
 * reaching someone ("ask", "speak to", "pass ... on to", "put me through to") and a person ("a human", "someone", "the
 * EDI Contacts"), with nothing after but "about this" or "please"; or just wanting one ("I want a human"). A message
 * that goes on to a topic ("Can I ask a person about their religion at interview?") is a question, answered as one.
 */
public final class PersonRequest {

  private static final String GREETING = "(?:(?:hi|hello|hey|ok|okay|thanks|thank\\s+you|no|sorry)\\s+)?";
  private static final String OPENER = "(?:(?:can|could|may|might)\\s+(?:i|we|you)\\s+(?:please\\s+)?"
      + "|i(?:'d|\\s+would)\\s+(?:like|prefer|rather)\\s+(?:to\\s+)?|i\\s+(?:want|need|wish)\\s+to\\s+|let\\s+me\\s+"
      + "|please\\s+)?";
  private static final String VERB =
      "(?:ask|speak|talk|chat|pass|send|forward|refer|escalate|put|get|take|connect|contact|reach|hand)";
  private static final String OBJECT = "(?:\\s+(?:this|that|it|me|us|my\\s+question|the\\s+question|my\\s+query))?";
  private static final String PARTICLE = "(?:\\s+(?:on|over|through|across|up))?";
  private static final String PREPOSITION = "(?:\\s+(?:to|with))?";
  private static final String DETERMINER =
      "(?:\\s+(?:a|an|the|some|someone\\s+from\\s+the|one\\s+of\\s+(?:the|your)|your|my|our))?";
  private static final String PERSON = "\\s+(?:(?:a\\s+)?(?:real|actual|live|proper)\\s+)?"
      + "(?:person|people|human(?:\\s+being)?|someone(?:\\s+real)?|somebody|anyone|member\\s+of\\s+staff|staff\\s+member"
      + "|expert|adviser|advisor|(?:edi|equality)\\s+(?:team|contacts?|officer|lead|adviser|advisor)|contacts?|officer)";
  private static final String WANT =
      "(?:i\\s+(?:want|need)|i(?:'d|\\s+would)\\s+like|can\\s+i\\s+have|give\\s+me)" + DETERMINER + PERSON;
  private static final String ALONE = "(?:a\\s+)?(?:real\\s+)?(?:person|human)";
  private static final String TAIL = "(?:\\s+(?:about|with|on)\\s+(?:this|that|it|my\\s+question|the\\s+question))?"
      + "(?:\\s+(?:instead|now|directly|please))?";
  private static final Pattern REQUEST = Pattern.compile(GREETING + "(?:" + OPENER + VERB + OBJECT + PARTICLE
      + PREPOSITION + DETERMINER + PERSON + "|" + WANT + "|" + ALONE + ")" + TAIL);

  private PersonRequest() {}

  /** Returns true when the whole message asks to reach a person rather than asking a question. */
  public static boolean asks(String message) {
    if (message == null) return false;
    String text = message.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("[,;:]", " ")
        .replaceAll("[?.!\\s]+$", "").replaceAll("\\s+", " ").strip();
    return REQUEST.matcher(text).matches();
  }
}
