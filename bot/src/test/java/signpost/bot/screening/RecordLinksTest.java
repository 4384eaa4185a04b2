package signpost.bot.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The download links the chat channels offer: on the first public host, signed for the record's owner only. */
class RecordLinksTest {

  private static final DownloadTokens TOKENS = new DownloadTokens(new byte[32], Clock.systemUTC());

  @Test
  void a_link_goes_to_the_first_public_host_over_https_with_a_token_for_the_records_owner() {
    Screening record = Records.full();

    URI link = new RecordLinks(List.of("signpost.example.org", "127.0.0.1"), TOKENS).pdf(record).orElseThrow();

    String prefix = "https://signpost.example.org/api/screenings/SCR-7F3K-9QXW-M2HD.pdf?token=";
    assertTrue(link.toString().startsWith(prefix), link.toString());
    String token = link.toString().substring(prefix.length());
    assertEquals(Optional.of(record.owner()), TOKENS.owner(token, record.reference()));
    assertEquals(Optional.empty(), TOKENS.owner(token, Records.started().reference()), "the token is for this record only");
  }

  @Test
  void without_a_public_host_there_is_no_link_and_the_reply_says_how_to_get_the_record() {
    Screening record = Records.full();

    assertEquals(Optional.empty(), new RecordLinks(List.of(), TOKENS).pdf(record));
    assertEquals("No download link: this Signpost has no public address (SIGNPOST_PUBLIC_HOSTS). Keep the reference "
        + "SCR-7F3K-9QXW-M2HD; whoever runs Signpost can export the record with `screening export SCR-7F3K-9QXW-M2HD`.",
        RecordLinks.without(record));
  }
}
