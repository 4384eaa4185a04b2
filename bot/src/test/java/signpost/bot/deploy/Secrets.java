package signpost.bot.deploy;

import java.util.regex.Pattern;

/** Tells which settings hold a secret, so the deployment tests can insist that none is written into a manifest. */
final class Secrets {

  private static final Pattern SECRET = Pattern.compile(".*(SECRET|TOKEN|PASSWORD|_KEY).*");

  private Secrets() {}

  /** Returns whether a setting named {@code name} holds a secret: a password, token, signing secret or key. */
  static boolean looksSecret(String name) {
    return SECRET.matcher(name).matches();
  }
}
