package signpost.bot.email;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import signpost.bot.config.EmailSettings;

/**
 * Sends plain-text e-mails through the configured SMTP server. Each connect, read and write waits at most the
 * configured timeout, so a server that is down or stalls fails a send within a few seconds instead of holding a thread.
 */
final class Mailer {

  private final EmailSettings settings;
  private final Session session;

  Mailer(EmailSettings settings) {
    this.settings = settings;
    Properties properties = new Properties();
    String millis = String.valueOf(settings.timeout().toMillis());
    properties.put("mail.smtp.host", settings.host());
    properties.put("mail.smtp.port", String.valueOf(settings.port()));
    properties.put("mail.smtp.connectiontimeout", millis);
    properties.put("mail.smtp.timeout", millis);
    properties.put("mail.smtp.writetimeout", millis);
    properties.put("mail.smtp.auth", String.valueOf(settings.user() != null));
    properties.put("mail.smtp.starttls.enable", String.valueOf(settings.startTls()));
    properties.put("mail.smtp.starttls.required", String.valueOf(settings.startTls()));
    properties.put("mail.smtp.ssl.checkserveridentity", "true");
    this.session = Session.getInstance(properties);
  }

  /**
   * Sends one e-mail and returns once the server has taken it.
   *
   * @throws EmailException when the server cannot be reached, does not answer in time, or refuses the e-mail
   */
  void send(String to, String subject, String text) {
    try {
      MimeMessage message = new MimeMessage(session);
      message.setFrom(new InternetAddress(settings.from()));
      message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
      message.setSubject(subject, StandardCharsets.UTF_8.name());
      message.setText(text, StandardCharsets.UTF_8.name());
      if (settings.user() == null) Transport.send(message);
      else Transport.send(message, settings.user(), settings.password());
    } catch (MessagingException e) {
      throw new EmailException("the server " + settings.host() + ":" + settings.port() + " did not take it: " + e.getMessage(), e);
    }
  }
}
