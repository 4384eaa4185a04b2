package signpost.bot.teams;

import com.microsoft.bot.connector.authentication.AppCredentials;
import com.microsoft.bot.connector.authentication.AuthenticationConfiguration;
import com.microsoft.bot.connector.authentication.ClaimsIdentity;
import com.microsoft.bot.connector.authentication.JwtTokenValidation;
import com.microsoft.bot.connector.authentication.ChannelValidation;
import com.microsoft.bot.connector.authentication.SimpleCredentialProvider;
import com.microsoft.bot.integration.BotFrameworkHttpAdapter;
import com.microsoft.bot.connector.ConnectorClient;
import com.microsoft.bot.connector.authentication.MicrosoftAppCredentials;
import com.microsoft.bot.connector.rest.RestConnectorClient;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import com.microsoft.bot.builder.BotCallbackHandler;
import com.microsoft.bot.builder.InvokeResponse;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.restclient.RestClient;
import com.microsoft.bot.restclient.ServiceResponseBuilder;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import retrofit2.Retrofit;
import signpost.bot.server.NoDelaySockets;
import signpost.bot.config.TeamsSettings;

/**
 * The SDK's HTTP adapter with Signpost's endpoints: inbound tokens are checked against
 * {@code BOT_OPENID_METADATA_URL}, and replies carry a token from {@code BOT_TOKEN_URL} rather than from the
 * SDK's MSAL client, which cannot be pointed anywhere else. Without an app id the SDK checks nothing. Every call out
 * (keys, token, connector) times out after {@code BOT_HTTP_TIMEOUT_SECONDS}.
 */
final class SignpostAdapter extends BotFrameworkHttpAdapter {

  static final int SENDS_PER_HOST = 64;

  private final TokenClient tokens;
  private final SimpleCredentialProvider credentials;
  private final boolean ownChecks;
  private final ChannelTokens channelTokens;
  private final java.time.Duration timeout;
  /** How replies are written for the Bot Connector (see {@link ConnectorJson}); thread-safe, so one for all. */
  private static final ConnectorJson JSON = new ConnectorJson();
  private final Map<String, ConnectorClient> connectors = new ConcurrentHashMap<>();
  private final Dispatcher dispatcher = new Dispatcher();
  private final ConnectionPool connections = new ConnectionPool(SENDS_PER_HOST, 5, TimeUnit.MINUTES);

  /**
   * Creates the adapter; the metadata URL is the SDK's one setting for the whole JVM.
   *
   * @param clock the server's clock, which inbound tokens' lifetimes and the keys' refreshes are judged on
   */
  SignpostAdapter(TeamsSettings settings, TokenClient tokens, java.time.Clock clock) {
    this(new SimpleCredentialProvider(settings.appId(), settings.appPassword()), settings, tokens, clock, true);
  }

  /**
   * Returns an adapter that leaves every token to the SDK's own check on every request, as a stock bot does, and
   * otherwise sends as Signpost's does: the {@link SdkBaseline} that the server benchmark measures.
   */
  static SignpostAdapter withSdkChecks(TeamsSettings settings, TokenClient tokens) {
    return new SignpostAdapter(new SimpleCredentialProvider(settings.appId(), settings.appPassword()), settings, tokens,
        java.time.Clock.systemUTC(), false);
  }

  private SignpostAdapter(SimpleCredentialProvider credentials, TeamsSettings settings, TokenClient tokens,
                          java.time.Clock clock, boolean ownChecks) {
    super(credentials, null);
    this.tokens = tokens;
    this.credentials = credentials;
    this.ownChecks = ownChecks;
    this.timeout = settings.timeout();
    this.channelTokens = settings.appId() == null || !ownChecks ? null : new ChannelTokens(credentials,
        new BotKeys(settings.openIdMetadataUrl(), settings.timeout(), clock), settings.openIdMetadataUrl(), clock);
    dispatcher.setMaxRequestsPerHost(SENDS_PER_HOST);
    dispatcher.setMaxRequests(4 * SENDS_PER_HOST);
    ChannelValidation.setOpenIdMetaDataUrl(settings.openIdMetadataUrl());
  }

  /**
   * Returns the connector client for a service URL, made as the SDK makes it but sending through one
   * {@link Dispatcher} that lets {@link #SENDS_PER_HOST} replies be in flight to one host: OkHttp's default of 5
   * held every reply to Teams' one connector host behind the last five, capping the bot at a few dozen answers a second;
   * writing them as {@link ConnectorJson} does; and on sockets without Nagle's delay ({@link NoDelaySockets}).
   */
  @Override
  protected CompletableFuture<ConnectorClient> getOrCreateConnectorClient(String serviceUrl, AppCredentials credentials) {
    AppCredentials using = credentials != null ? credentials : MicrosoftAppCredentials.empty();
    String key = serviceUrl + "|" + using.getAppId() + "|" + using.oAuthScope();
    try {
      return CompletableFuture.completedFuture(connectors.computeIfAbsent(key, k -> new RestConnectorClient(
          new RestClient.Builder(new OkHttpClient.Builder().socketFactory(NoDelaySockets.INSTANCE), new Retrofit.Builder())
              .withBaseUrl(url(serviceUrl)).withCredentials(using).withSerializerAdapter(JSON)
              .withResponseBuilderFactory(new ServiceResponseBuilder.Factory())
              .withDispatcher(dispatcher)
              .withConnectionPool(connections).withConnectionTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
              .withReadTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS).build())));
    } catch (IllegalArgumentException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  private static String url(String serviceUrl) {
    try {
      return new URI(serviceUrl).toURL().toString();
    } catch (URISyntaxException | MalformedURLException | IllegalArgumentException e) {
      throw new IllegalArgumentException("Invalid Service URL: " + serviceUrl, e);
    }
  }

  /**
   * Processes an activity, checking a token with {@link ChannelTokens} rather than the SDK's check, whose key fetches
   * have no timeout; without an app id, or without a token (refused by the SDK when there is an app id), the SDK's
   * check decides. The check is waited for here, on the caller's thread, so the turn runs on it too: the SDK would run
   * it on its own fork-join pool once an asynchronous check completes, where a turn waiting for its replies (which
   * that pool completes) held every worker of the pool under a burst of new tokens, and no turn ended again.
   */
  @Override
  public CompletableFuture<InvokeResponse> processActivity(String authorization, Activity activity, BotCallbackHandler callback) {
    if (!ownChecks) return super.processActivity(authorization, activity, callback);
    ClaimsIdentity identity;
    try {
      identity = (channelTokens == null || authorization == null || authorization.isBlank()
          ? JwtTokenValidation.authenticateRequest(activity, authorization, credentials, null, new AuthenticationConfiguration())
          : channelTokens.authenticate(authorization, activity.getChannelId(), activity.getServiceUrl())).join();
    } catch (CompletionException e) {
      return CompletableFuture.failedFuture(e.getCause() == null ? e : e.getCause());
    }
    return processActivity(identity, activity, callback);
  }

  @Override
  protected CompletableFuture<AppCredentials> buildAppCredentials(String appId, String scope) {
    return CompletableFuture.completedFuture(new TokenCredentials(appId, scope, tokens));
  }
}
