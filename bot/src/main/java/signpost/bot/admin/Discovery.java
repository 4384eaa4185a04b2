package signpost.bot.admin;

import java.net.URI;

/**
 * What an OpenID provider's discovery document says this app needs.
 *
 * @param issuer the issuer, the same as configured
 * @param authorization where the browser is sent to sign in
 * @param token where the code is exchanged for tokens
 * @param keys where the signing keys are listed (JWKS)
 */
public record Discovery(String issuer, URI authorization, URI token, URI keys) {}
