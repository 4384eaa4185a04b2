package signpost.bot.teamsapp;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Holds what fills the template's placeholders: the bot's Microsoft App ID, the public host Teams reaches
 * Signpost at, and the organisation's privacy notice and terms of use (the host's home page when not given).
 */
public record PackageValues(String botId, String host, String privacyUrl, String termsUrl) {

  private static final Pattern GUID = Pattern.compile("[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}");
  private static final Pattern HOST = Pattern.compile(
      "(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+");

  /**
   * Checks the values and lower-cases the bot id and the host.
   *
   * @throws IllegalArgumentException with the bad value, for an id that is not a GUID, a host that is a URL or not
   *     a host name, or a link that is not https
   */
  public PackageValues {
    if (botId == null || !GUID.matcher(botId).matches()) {
      throw new IllegalArgumentException("bot id must be a GUID (the Azure Bot's Microsoft App ID), "
          + "e.g. 00000000-0000-0000-0000-000000000000: " + botId);
    }
    botId = botId.toLowerCase(Locale.ROOT);
    host = host(host);
    privacyUrl = https("privacy URL", privacyUrl == null ? "https://" + host + "/" : privacyUrl);
    termsUrl = https("terms URL", termsUrl == null ? "https://" + host + "/" : termsUrl);
  }

  /** Returns values for {@code botId} and {@code host}, with the host's home page as privacy notice and terms. */
  public static PackageValues of(String botId, String host) {
    return new PackageValues(botId, host, null, null);
  }

  /** Returns the template's placeholders, each with its value. */
  Map<String, String> placeholders() {
    return Map.of("${BOT_ID}", botId, "${HOST}", host, "${PRIVACY_URL}", privacyUrl, "${TERMS_URL}", termsUrl);
  }

  private static String host(String host) {
    if (host != null && host.contains("/")) {
      throw new IllegalArgumentException("host must be a host name, not a URL (drop https:// and any path): " + host);
    }
    String lower = host == null ? "" : host.toLowerCase(Locale.ROOT);
    if (!HOST.matcher(lower).matches()) {
      throw new IllegalArgumentException("host must be a public host name such as signpost.council.gov.uk: " + host);
    }
    return lower;
  }

  private static String https(String what, String url) {
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(what + " is not a URL: " + url);
    }
    if (!"https".equals(uri.getScheme()) || uri.getHost() == null) {
      throw new IllegalArgumentException(what + " must be an https:// URL: " + url);
    }
    return url;
  }
}
