package signpost.bot.edi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Personal details are removed from questions before they are logged, and nothing else is. */
class RedactionTest {

  private final Redaction redaction = new Redaction(() -> List.of("Janet Atkin", "Ravi  Shah"));

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      email me at jo.bloggs@example.gov.uk please             | email me at [email] please
      write to Someone+edi@council.org.uk or a.b@x.co         | write to [email] or [email]
      call 01223 456789 about it                              | call [phone] about it
      call (01223) 456789                                     | call [phone]
      ring 020 7946 0018 today                                | ring [phone] today
      ring 0207 946 0018                                      | ring [phone]
      mobile 07700 900123                                     | mobile [phone]
      mobile 07700-900-123.                                   | mobile [phone].
      mobile 07700900123                                      | mobile [phone]
      text +44 7700 900123 now                                | text [phone] now
      text +447700900123                                      | text [phone]
      dial +44 (0)20 7946 0018                                | dial [phone]
      free on 0800 123 4567                                   | free on [phone]
      call 07700 900123 2 times                               | call [phone] 2 times
      the 2010 Act section 149                                | the 2010 Act section 149
      we have 0 complaints and 12345 staff                    | we have 0 complaints and 12345 staff
      ref 0123 is short                                       | ref 0123 is short
      I spoke to Mr Smith about it                            | I spoke to [name] about it
      ask Dr. Priya Patel                                     | ask [name]
      Mrs O'Brien said no                                     | [name] said no
      Cllr Jones chairs it                                    | [name] chairs it
      my name is Sam and I need help                          | my name is [name] and I need help
      My name is alex morgan                                  | My name is [name] morgan
      my name is Alex Morgan, a manager                       | my name is [name], a manager
      I am called Kit                                         | I am called [name]
      a colleague called Dee Hart told me                     | a colleague called [name] told me
      someone named Zed wrote it                              | someone named [name] wrote it
      I called the helpline                                   | I called the helpline
      can Sarah Jones help with the EqIA?                     | can [name] help with the EqIA?
      Sarah Jones leads it                                    | [name] leads it
      Does Sarah Jones run the network?                       | Does [name] run the network?
      is janet atkin the lead?                                | is [name] the lead?
      does Ravi Shah sign off?                                | does [name] sign off?
      what does the Equality Act say?                         | what does the Equality Act say?
      is there a Staff Network for Black History Month?       | is there a Staff Network for Black History Month?
      who is the EDI Lead at Cambridgeshire County Council?   | who is the EDI Lead at Cambridgeshire County Council?
      is Grace Period leave covered?                          | is Grace Period leave covered?
      ask <@U012AB3CD> about it                               | ask [name] about it
      """)
  void removes_personal_details_and_keeps_the_rest(String question, String redacted) {
    assertEquals(redacted, redaction.redact(question));
  }

  @Test
  void several_kinds_in_one_question_are_all_removed() {
    assertEquals("[name] ([email], [phone]) asked about menopause leave",
        redaction.redact("Dr Lee (lee@example.org, 07700 900123) asked about menopause leave"));
  }

  @Test
  void known_names_are_asked_for_at_each_redaction_so_a_reload_counts() {
    List<String> known = new java.util.ArrayList<>();
    Redaction live = new Redaction(() -> known, Set.of());

    assertEquals("does Zora Quill sign off?", live.redact("does Zora Quill sign off?"));
    known.add("Zora Quill");
    assertEquals("does [name] sign off?", live.redact("does Zora Quill sign off?"));
  }

  @Test
  void a_slack_mention_with_a_label_is_removed_whole() {
    assertEquals("ask [name] about it", redaction.redact("ask <@U012AB3CD|jo> about it"));
  }

  @Test
  void a_given_name_not_followed_by_a_capitalised_word_is_kept() {
    assertEquals("is there support for Sarah?", redaction.redact("is there support for Sarah?"));
  }
}
