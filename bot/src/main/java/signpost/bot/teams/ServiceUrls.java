package signpost.bot.teams;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Decides which {@code serviceUrl}s Signpost will send replies to: http or https with a host, and in local
 * development mode only this machine, named by a loopback IP literal or {@code localhost} (no name is looked up, so
 * {@code 127.0.0.1.nip.io} and {@code 127.attacker.example} are refused). With an app id the token's
 * {@code serviceurl} claim must also equal it, which the token check enforces.
 */
final class ServiceUrls {

  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

  private ServiceUrls() {}

  /**
   * Returns why the service URL is refused, or null when replies may go there.
   *
   * @param localOnly true in local development mode: the URL must point at this machine
   */
  static String refusal(String serviceUrl, boolean localOnly) {
    URI uri;
    try {
      uri = new URI(serviceUrl);
    } catch (URISyntaxException e) {
      return "serviceUrl is not a URL: " + e.getReason();
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) return "serviceUrl must be an http or https URL";
    if (uri.getHost() == null || uri.getRawUserInfo() != null) return "serviceUrl must name a host and no user";
    if (localOnly && !loopbackLiteral(uri.getHost())) {
      return "in local development mode serviceUrl must point at this machine (127.0.0.1, [::1] or localhost)";
    }
    return null;
  }

  /** Returns true for {@code localhost} or an IP literal in the loopback range; never resolves a name. */
  static boolean loopbackLiteral(String host) {
    String name = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    if (name.equalsIgnoreCase("localhost")) return true;
    if (IPV4.matcher(name).matches()) {
      String[] octets = name.split("\\.");
      for (String octet : octets) if (Integer.parseInt(octet) > 255) return false;
      return octets[0].equals("127");
    }
    if (!name.contains(":")) return false;
    try {
      // An IPv6 literal is parsed, never looked up.
      return InetAddress.getByName(name).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
