/**
 * The EDI team's side: signing in to {@code /admin} with the organisation's OpenID Connect provider (authorization
 * code with PKCE, ID tokens checked against the provider's keys), who is admin of which organisation, and the admin
 * page and figures drawn from what Signpost holds.
 */
package signpost.bot.admin;
