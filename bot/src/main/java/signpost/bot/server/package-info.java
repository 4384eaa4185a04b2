/**
 * The Jetty server every channel shares: the answer API, health and readiness, the web chat and the
 * channels' mounts, with JSON errors, a request body limit and graceful stop.
 */
package signpost.bot.server;
