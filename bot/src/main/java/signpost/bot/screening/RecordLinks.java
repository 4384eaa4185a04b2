package signpost.bot.screening;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * The signed links chat channels offer for a screening record: {@code https://<first public host>/api/screenings/
 * <reference>.pdf?token=...}, good for the record's owner for {@link DownloadTokens#LIFETIME}. Slack and Teams open a
 * link in the person's browser, which cannot send their chat identity, so the token carries it. Without a public
 * host ({@code SIGNPOST_PUBLIC_HOSTS}) no address is one a chat client could reach, so there is no link and
 * {@link #without} says how to get the record instead.
 */
public final class RecordLinks {

  /** The path the record's PDF is served at, before its reference. */
  public static final String PATH = "/api/screenings/";

  private final String base;
  private final DownloadTokens tokens;

  /**
   * @param publicHosts the host names people reach Signpost by, the first used for links; empty for none
   * @param tokens the signer every replica shares
   */
  public RecordLinks(List<String> publicHosts, DownloadTokens tokens) {
    this.base = publicHosts.isEmpty() ? null : "https://" + publicHosts.get(0);
    this.tokens = tokens;
  }

  /** Returns a link to the record's PDF for its owner, or empty when Signpost has no public host. */
  public Optional<URI> pdf(Screening screening) {
    if (base == null) return Optional.empty();
    String token = tokens.issue(screening.reference(), screening.owner());
    return Optional.of(URI.create(base + PATH + screening.reference() + ".pdf?token=" + token));
  }

  /** Returns what a channel says in place of the link when there is none. */
  public static String without(Screening screening) {
    return "No download link: this Signpost has no public address (SIGNPOST_PUBLIC_HOSTS). Keep the reference "
        + screening.reference() + "; whoever runs Signpost can export the record with `screening export "
        + screening.reference() + "`.";
  }
}
