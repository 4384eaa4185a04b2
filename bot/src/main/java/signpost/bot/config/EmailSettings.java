package signpost.bot.config;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * How Signpost passes questions on by e-mail, to an organisation whose EDI Contacts have no Slack or Teams channel
 * Signpost can post to: each organisation's address, and the SMTP server that sends. E-mail is on only when an address is
 * set.
 *
 * @param ediContacts {@code SIGNPOST_EDI_CONTACTS_EMAIL}: organisation id to its EDI Contacts' e-mail address, e.g.
 *     {@code cambridgeshire=edi@cambridgeshire.gov.uk}
 * @param host {@code SIGNPOST_SMTP_HOST}: the SMTP server, required with an address
 * @param port {@code SIGNPOST_SMTP_PORT}: its port (default 587, the submission port)
 * @param from {@code SIGNPOST_SMTP_FROM}: the address the e-mails come from, required with an address
 * @param user {@code SIGNPOST_SMTP_USER}: the user to sign in to the server as, or null to send without signing in
 * @param password {@code SIGNPOST_SMTP_PASSWORD}: that user's password, never logged
 * @param startTls {@code SIGNPOST_SMTP_STARTTLS}: true (the default) sends only once the connection is encrypted with
 *     STARTTLS; false sends in clear, for a relay on the same host or network
 * @param timeout {@code SIGNPOST_SMTP_TIMEOUT_SECONDS}: the connect, read and write timeout of each step of a send
 *     (default 5 s)
 * @param attempts {@code SIGNPOST_SMTP_ATTEMPTS}: how many times an e-mail is tried before the asker is told it could
 *     not go (default 4)
 * @param retry {@code SIGNPOST_SMTP_RETRY_SECONDS}: the wait before the second try, doubled before each next one
 *     (default 30 s)
 */
public record EmailSettings(Map<String, String> ediContacts, String host, int port, String from, String user, String password,
                            boolean startTls, Duration timeout, int attempts, Duration retry) {

  public static final int DEFAULT_PORT = 587;
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);
  public static final int DEFAULT_ATTEMPTS = 4;
  public static final Duration DEFAULT_RETRY = Duration.ofSeconds(30);
  /** No e-mail: no address, no server. */
  public static final EmailSettings NONE = new EmailSettings(Map.of(), null, DEFAULT_PORT, null, null, null, true, null,
      DEFAULT_ATTEMPTS, null);
  private static final List<String> LOOPBACK = List.of("localhost", "127.0.0.1", "::1");

  public EmailSettings {
    ediContacts = Map.copyOf(ediContacts);
    if (timeout == null) timeout = DEFAULT_TIMEOUT;
    if (timeout.isNegative() || timeout.isZero()) throw new ConfigException("SIGNPOST_SMTP_TIMEOUT_SECONDS must be positive: " + timeout);
    if (retry == null) retry = DEFAULT_RETRY;
    if (attempts < 1 || attempts > 20) throw new ConfigException("SIGNPOST_SMTP_ATTEMPTS must be 1 to 20: " + attempts);
    if (port < 1 || port > 65_535) throw new ConfigException("SIGNPOST_SMTP_PORT must be 1 to 65535: " + port);
    ediContacts.forEach((organisation, address) -> checkAddress("SIGNPOST_EDI_CONTACTS_EMAIL for " + organisation, address));
    if (ediContacts.isEmpty()) {
      for (String[] set : new String[][] {{"SIGNPOST_SMTP_HOST", host}, {"SIGNPOST_SMTP_FROM", from}, {"SIGNPOST_SMTP_USER", user}}) {
        if (set[1] != null) throw new ConfigException(set[0] + " is set but SIGNPOST_EDI_CONTACTS_EMAIL names no address to send to");
      }
    } else {
      if (host == null) throw new ConfigException("SIGNPOST_EDI_CONTACTS_EMAIL is set but SIGNPOST_SMTP_HOST is missing");
      if (from == null) throw new ConfigException("SIGNPOST_EDI_CONTACTS_EMAIL is set but SIGNPOST_SMTP_FROM is missing");
      checkAddress("SIGNPOST_SMTP_FROM", from);
    }
    if (password != null && user == null) throw new ConfigException("SIGNPOST_SMTP_PASSWORD is set but SIGNPOST_SMTP_USER is missing");
    if (user != null && password == null) throw new ConfigException("SIGNPOST_SMTP_USER is set but SIGNPOST_SMTP_PASSWORD is missing");
    if (password != null && !startTls && !LOOPBACK.contains(host)) {
      throw new ConfigException("SIGNPOST_SMTP_STARTTLS is false but SIGNPOST_SMTP_PASSWORD is set: the password would cross the "
          + "network to " + host + " in clear");
    }
  }

  /** Returns true when some organisation's EDI Contacts are reached by e-mail. */
  public boolean enabled() {
    return !ediContacts.isEmpty();
  }

  /** Returns the e-mail address of the organisation's EDI Contacts, or null when it has none. */
  public String ediContacts(String organisation) {
    return organisation == null ? null : ediContacts.get(organisation);
  }

  /** Returns these settings with {@code ediContacts} keyed by other organisation ids. */
  EmailSettings withContacts(Map<String, String> contacts) {
    return new EmailSettings(contacts, host, port, from, user, password, startTls, timeout, attempts, retry);
  }

  /** Returns the settings without the password, which must never reach a log. */
  @Override
  public String toString() {
    return "EmailSettings[ediContacts=" + ediContacts + ", host=" + host + ", port=" + port + ", from=" + from + ", user=" + user
        + ", password=" + (password == null ? null : "***") + ", startTls=" + startTls + ", timeout=" + timeout + ", attempts=" + attempts + ", retry=" + retry + "]";
  }

  /** Checks that the value is one bare address, {@code local@domain}, with no display name. */
  private static void checkAddress(String key, String address) {
    try {
      InternetAddress parsed = new InternetAddress(address, true);
      if (parsed.getAddress().equals(address) && address.indexOf('@') > 0) return;
    } catch (AddressException e) {
      // Said below, with the setting's name.
    }
    throw new ConfigException(key + " must be one e-mail address such as edi@example.org: " + address);
  }
}
