/**
 * E-mail to an organisation's EDI Contacts, the fallback where they have no Slack or Teams channel Signpost posts to: a
 * question passed on with the asker's consent, or a report of harm its writer chose to pass on, is sent to the
 * organisation's address with a link to reply on the admin page. Sent over SMTP (Jakarta Mail) with short timeouts, off the channels' request threads.
 */
package signpost.bot.email;
