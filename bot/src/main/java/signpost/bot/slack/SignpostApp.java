package signpost.bot.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.builtin.RequestVerification;
import java.util.List;

/**
 * Bolt's app with {@link SigningCheck} in place of Bolt's own signature verifier, at the same point in the
 * middleware: first after the SSL check, before authorization and every handler.
 */
final class SignpostApp extends App {

  SignpostApp(AppConfig config) {
    super(config);
  }

  @Override
  protected List<Middleware> buildDefaultMiddlewareList(AppConfig config) {
    List<Middleware> middleware = super.buildDefaultMiddlewareList(config);
    String secret = config.getSigningSecret();
    if (secret == null || secret.isBlank()) return middleware; // Socket Mode: Slack's socket needs no signature.
    SigningCheck check = new SigningCheck(secret);
    middleware.replaceAll(step -> step instanceof RequestVerification ? new RequestVerification(check) : step);
    return middleware;
  }
}
