package signpost.bot.edi;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Requests for a person in many wordings are told from questions, including questions about people, contacts and
 * talking to someone about a topic.
 */
class PersonRequestTest {

  private static final List<String> REQUESTS = List.of("ask a person", "Ask a person.", "Can I speak to a human?",
      "talk to someone", "pass this to the EDI team", "Please pass my question on to the EDI Contacts",
      "could you send this to an expert", "I'd like to talk to a real person please", "I want a human", "human please", "A real person!",
      "can I chat with somebody about this?", "put me through to someone", "Hi, can I ask a member of staff?",
      "I would rather speak to an actual person", "forward it to the equality team", "Can I contact the EDI lead?",
      "let me talk to a human being", "escalate this to someone", "ASK   AN   EDI   CONTACT",
      "Can I speak to someone, please?", "I\u2019d like to speak to a person");

  @Test
  void requests_for_a_person_in_many_wordings_are_requests() {
    for (String request : REQUESTS) assertTrue(PersonRequest.asks(request), request);
  }

  @Test
  void any_request_that_goes_on_to_a_topic_is_a_question() {
    for (String request : REQUESTS) {
      for (String topic : List.of(" about menopause leave", " who signs off EqIAs", " and what is the PSED")) {
        String question = request.replaceAll("[?.!]+$", "") + topic + "?";
        assertFalse(PersonRequest.asks(question), question);
      }
    }
  }

  @Test
  void questions_even_about_people_or_contacts_are_not_requests() {
    for (String question : List.of("Who is the EDI contact?", "What is the PSED?", "Can I ask a person about their religion "
        + "at interview?", "Can I talk to someone about menopause support?", "How do I contact the EDI team?",
        "Should I talk to my manager about flexible working?", "Which people are protected by the Equality Act?",
        "Is being a person with a disability a protected characteristic?", "Do I need an EqIA to talk to staff about "
        + "changes?", "personal data", "people networks", "", "   ")) {
      assertFalse(PersonRequest.asks(question), question);
    }
    assertFalse(PersonRequest.asks(null));
  }
}
