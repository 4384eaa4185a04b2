package signpost.bot.config;

/**
 * How Signpost is watched: where {@code /metrics} is served, if anywhere, and how logs are written. By default
 * {@code /metrics} is served nowhere: it is off the public listener unless a token protects it there.
 *
 * @param metricsHost {@code SIGNPOST_METRICS_HOST}: the address of the metrics listener (default {@code 127.0.0.1})
 * @param metricsPort {@code SIGNPOST_METRICS_PORT}: a second listener that serves only {@code /metrics}, or null for
 *     none (0 picks a free port)
 * @param metricsToken {@code SIGNPOST_METRICS_TOKEN}: a secret of at least {@value #MIN_TOKEN_LENGTH} characters that
 *     scrapers send as {@code Authorization: Bearer <token>}; with it, {@code /metrics} is also served on the public
 *     listener; null for none
 * @param logFormat {@code SIGNPOST_LOG_FORMAT}: {@code text} (default) or {@code json}
 */
public record ObservabilitySettings(String metricsHost, Integer metricsPort, String metricsToken, LogFormat logFormat) {

  public static final ObservabilitySettings DEFAULT = new ObservabilitySettings("127.0.0.1", null, null, LogFormat.TEXT);
  public static final int MIN_TOKEN_LENGTH = 16;

  public ObservabilitySettings {
    if (metricsHost == null || metricsHost.isBlank()) throw new ConfigException("SIGNPOST_METRICS_HOST must name an address");
    if (metricsPort != null && (metricsPort < 0 || metricsPort > 65_535)) {
      throw new ConfigException("SIGNPOST_METRICS_PORT must be 0 to 65535: " + metricsPort);
    }
    // The token itself is never repeated in a message: only its length.
    if (metricsToken != null && (metricsToken.length() < MIN_TOKEN_LENGTH || !metricsToken.matches("[\\x21-\\x7e]+"))) {
      throw new ConfigException("SIGNPOST_METRICS_TOKEN must be at least " + MIN_TOKEN_LENGTH + " visible ASCII characters "
          + "without spaces; it has " + metricsToken.length());
    }
    if (logFormat == null) throw new ConfigException("SIGNPOST_LOG_FORMAT must be text or json");
  }

  /** Returns true when {@code /metrics} is served on the public listener: only behind a token. */
  public boolean metricsPublic() {
    return metricsToken != null;
  }

  /** Returns the settings without the token, which must never reach a log. */
  @Override
  public String toString() {
    return "ObservabilitySettings[metricsHost=" + metricsHost + ", metricsPort=" + metricsPort + ", metricsToken="
        + (metricsToken == null ? null : "***") + ", logFormat=" + logFormat + "]";
  }
}
