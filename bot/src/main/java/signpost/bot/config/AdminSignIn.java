package signpost.bot.config;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * How the EDI team signs in to {@code /admin}: the organisation's OpenID Connect provider (Entra ID in most councils),
 * this app's registration with it, and who is EDI admin of which organisation, read from one claim of the ID token.
 *
 * @param issuer {@code SIGNPOST_ADMIN_OIDC_ISSUER}: the provider's issuer URL, e.g.
 *     {@code https://login.microsoftonline.com/<tenant>/v2.0}; its discovery document is at
 *     {@code <issuer>/.well-known/openid-configuration}
 * @param clientId {@code SIGNPOST_ADMIN_OIDC_CLIENT_ID}: this app's client id, the audience of its ID tokens
 * @param clientSecret {@code SIGNPOST_ADMIN_OIDC_CLIENT_SECRET}: this app's client secret
 * @param claim {@code SIGNPOST_ADMIN_CLAIM}: the ID token claim the admins are matched on (default {@code groups};
 *     {@code roles} or {@code email} also suit)
 * @param admins {@code SIGNPOST_ADMINS}: {@code organisation=claim-value} pairs separated by commas; an organisation
 *     may be named more than once
 * @param session {@code SIGNPOST_ADMIN_SESSION_MINUTES}: how long a sign-in lasts (default 8 hours)
 * @param timeout {@code SIGNPOST_ADMIN_OIDC_TIMEOUT_SECONDS}: the longest wait for the provider (default 10 s)
 */
public record AdminSignIn(URI issuer, String clientId, String clientSecret, String claim, Map<String, Set<String>> admins,
                          Duration session, Duration timeout) {

  public static final String DEFAULT_CLAIM = "groups";
  public static final Duration DEFAULT_SESSION = Duration.ofHours(8);
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
  private static final List<String> LOOPBACK = List.of("localhost", "127.0.0.1", "[::1]");

  public AdminSignIn {
    Objects.requireNonNull(issuer, "issuer");
    if (clientId == null) throw new ConfigException("SIGNPOST_ADMIN_OIDC_ISSUER is set but SIGNPOST_ADMIN_OIDC_CLIENT_ID is missing");
    if (clientSecret == null) {
      throw new ConfigException("SIGNPOST_ADMIN_OIDC_ISSUER is set but SIGNPOST_ADMIN_OIDC_CLIENT_SECRET is missing");
    }
    if (!"https".equals(issuer.getScheme()) && !("http".equals(issuer.getScheme()) && LOOPBACK.contains(issuer.getHost()))) {
      throw new ConfigException("SIGNPOST_ADMIN_OIDC_ISSUER must be an https URL (http only on this machine): " + issuer);
    }
    if (admins.isEmpty()) {
      throw new ConfigException("SIGNPOST_ADMIN_OIDC_ISSUER is set but SIGNPOST_ADMINS names no admin; set organisation=claim-value pairs");
    }
    Map<String, Set<String>> copy = new LinkedHashMap<>();
    admins.forEach((org, values) -> copy.put(org, Set.copyOf(values)));
    admins = Map.copyOf(copy);
    if (claim == null) claim = DEFAULT_CLAIM;
    if (session == null) session = DEFAULT_SESSION;
    if (timeout == null) timeout = DEFAULT_TIMEOUT;
    if (session.toMinutes() < 1) throw new ConfigException("SIGNPOST_ADMIN_SESSION_MINUTES must be at least 1: " + session.toMinutes());
    if (timeout.isZero()) throw new ConfigException("SIGNPOST_ADMIN_OIDC_TIMEOUT_SECONDS must be more than 0");
  }

  /** Returns the provider's discovery document address. */
  public URI discovery() {
    String base = issuer.toString();
    return URI.create((base.endsWith("/") ? base : base + "/") + ".well-known/openid-configuration");
  }

  /** Returns these settings with the organisations of {@code admins} turned into their ids by {@code resolve}. */
  AdminSignIn withOrganisations(UnaryOperator<String> resolve) {
    Map<String, Set<String>> resolved = new LinkedHashMap<>();
    admins.forEach((org, values) -> {
      try {
        resolved.computeIfAbsent(resolve.apply(org), o -> new java.util.HashSet<>()).addAll(values);
      } catch (IllegalArgumentException e) {
        throw new ConfigException("SIGNPOST_ADMINS names " + e.getMessage());
      }
    });
    return new AdminSignIn(issuer, clientId, clientSecret, claim, resolved, session, timeout);
  }

  /** Returns the settings without the client secret, which must never reach a log. */
  @Override
  public String toString() {
    return "AdminSignIn[issuer=" + issuer + ", clientId=" + clientId + ", clientSecret=***, claim=" + claim + ", admins=" + admins
        + ", session=" + session + ", timeout=" + timeout + "]";
  }
}
