/** The one immutable configuration of a running Signpost, from the environment and an optional file. */
package signpost.bot.config;
