/**
 * The answer pipeline, channel-neutral: a question in; search, recognise, route and compose; one
 * {@link signpost.bot.core.Answer} out that every channel renders. Never imports a channel package.
 */
package signpost.bot.core;
