package signpost.bot.config;

import java.time.Duration;
import java.util.Map;

/**
 * Holds how Signpost talks to Microsoft Teams through the Bot Framework. Teams is on with an app id, or without one
 * in local development mode (see {@link Config#teamsMode()}).
 *
 * @param appId {@code MICROSOFT_APP_ID}: the bot's Microsoft Entra app id, or null for local development
 * @param appPassword {@code MICROSOFT_APP_PASSWORD}: the app's client secret
 * @param tenantId {@code MICROSOFT_APP_TENANT_ID}: the app's tenant for a single-tenant bot, or null (multi-tenant)
 * @param openIdMetadataUrl {@code BOT_OPENID_METADATA_URL}: where the keys that sign inbound tokens are listed
 * @param tokenUrl {@code BOT_TOKEN_URL}: where the app gets its token for replies (client credentials)
 * @param enabled {@code TEAMS_ENABLED}: true or false to force Teams on or off, or null to decide by the app id
 * @param localDevelopment {@code TEAMS_LOCAL_DEVELOPMENT}: without an app id, accept unauthenticated activities from
 *     this machine only (a request's real peer must be a loopback address); off unless set to {@code true}
 * @param tenants {@code TEAMS_TENANTS}: Teams tenant id to organisation id, e.g. {@code 72f988bf-...=cambridgeshire}
 * @param timeout {@code BOT_HTTP_TIMEOUT_SECONDS}: the connect and read timeout of every call to the Bot Framework
 *     (OpenID metadata, keys, token endpoint, connector); default 10 s
 * @param ediContacts {@code SIGNPOST_EDI_CONTACTS_TEAMS}: organisation id to the Teams channel conversation of its EDI
 *     Contacts as {@code conversationId@serviceUrl}, where questions are passed on with the asker's consent
 */
public record TeamsSettings(String appId, String appPassword, String tenantId, String openIdMetadataUrl, String tokenUrl,
                            Boolean enabled, boolean localDevelopment, Map<String, String> tenants, Duration timeout,
                            Map<String, String> ediContacts) {

  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

  /**
   * The longest {@code BOT_HTTP_TIMEOUT_SECONDS}: a reply delivered to a Teams chat makes up to three calls, which must
   * end within the 2 minutes a contact's reply holds its question ({@code Handoffs.LEASE}).
   */
  public static final Duration MAX_TIMEOUT = Duration.ofSeconds(30);

  public static final String DEFAULT_OPENID_METADATA_URL = "https://login.botframework.com/v1/.well-known/openidconfiguration";
  public static final String DEFAULT_TOKEN_URL = "https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token";

  public TeamsSettings {
    tenants = Map.copyOf(tenants);
    ediContacts = Map.copyOf(ediContacts);
    ediContacts.forEach((organisation, address) -> checkUrl("SIGNPOST_EDI_CONTACTS_TEAMS for " + organisation,
        address.substring(address.lastIndexOf('@') + 1)));
    if (timeout == null) timeout = DEFAULT_TIMEOUT;
    if (timeout.isNegative() || timeout.isZero()) throw new ConfigException("BOT_HTTP_TIMEOUT_SECONDS must be positive: " + timeout);
    if (timeout.compareTo(MAX_TIMEOUT) > 0) {
      throw new ConfigException("BOT_HTTP_TIMEOUT_SECONDS must be " + MAX_TIMEOUT.toSeconds() + " or less: " + timeout.toSeconds()
          + " s would let one reply to the EDI Contacts' question (a token and a connector call or two) outlast the"
          + " 2 minutes it holds the question, so that another contact could reply too");
    }
    if (openIdMetadataUrl == null) openIdMetadataUrl = DEFAULT_OPENID_METADATA_URL;
    if (tokenUrl == null) tokenUrl = tenantId == null ? DEFAULT_TOKEN_URL : "https://login.microsoftonline.com/" + tenantId + "/oauth2/v2.0/token";
    checkUrl("BOT_OPENID_METADATA_URL", openIdMetadataUrl);
    checkUrl("BOT_TOKEN_URL", tokenUrl);
    if (appId == null && appPassword != null) throw new ConfigException("MICROSOFT_APP_PASSWORD is set but MICROSOFT_APP_ID is missing");
    if (appId == null && tenantId != null) throw new ConfigException("MICROSOFT_APP_TENANT_ID is set but MICROSOFT_APP_ID is missing");
    if (appId != null && appPassword == null) {
      throw new ConfigException("MICROSOFT_APP_ID is set but MICROSOFT_APP_PASSWORD (the app's client secret) is missing");
    }
  }

  /**
   * Returns the organisation a Teams tenant answers for.
   *
   * @param tenantId the tenant id of the activity, or null
   * @param fallback the organisation when the tenant is not mapped
   */
  public String organisationOf(String tenantId, String fallback) {
    return tenantId == null ? fallback : tenants.getOrDefault(tenantId, fallback);
  }

  /**
   * Returns where the organisation's EDI Contacts are in Teams, {@code conversationId@serviceUrl}, or null when they
   * are not.
   */
  public String ediContacts(String organisation) {
    return organisation == null ? null : ediContacts.get(organisation);
  }

  private static void checkUrl(String key, String url) {
    if (!url.startsWith("https://") && !url.startsWith("http://")) throw new ConfigException(key + " must be an http or https URL: " + url);
  }
}
