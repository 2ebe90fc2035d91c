package nl.alkmaar.wijkaanzet.notify;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.MimeMessage;
import java.util.Properties;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;

/**
 * Sends through an SMTP server with Eclipse Angus Mail. A 5xx answer about the message or its
 * recipient is permanent (sending again gets the same answer); anything else, such as a server that
 * cannot be reached, a 4xx answer or a login that fails, may work later.
 */
public final class SmtpMailSender implements MailSender {

  private final MailSettings settings;
  private final Session session;
  private final MimeMails mime;

  public SmtpMailSender(MailSettings settings) {
    this.settings = settings;
    this.session = Session.getInstance(properties(settings));
    this.mime = new MimeMails(settings.fromAddress(), settings.fromName());
  }

  private static Properties properties(MailSettings settings) {
    Properties props = new Properties();
    props.put("mail.transport.protocol", "smtp");
    props.put("mail.smtp.host", settings.host());
    props.put("mail.smtp.port", String.valueOf(settings.port()));
    props.put("mail.smtp.auth", String.valueOf(settings.authenticates()));
    props.put("mail.smtp.starttls.enable", String.valueOf(settings.startTls()));
    // Without "required" a server that does not offer STARTTLS would get the password in clear.
    props.put("mail.smtp.starttls.required", String.valueOf(settings.startTls()));
    props.put("mail.smtp.connectiontimeout", millis(settings.connectTimeout().toMillis()));
    props.put("mail.smtp.timeout", millis(settings.readTimeout().toMillis()));
    props.put("mail.smtp.writetimeout", millis(settings.readTimeout().toMillis()));
    props.put("mail.mime.charset", "UTF-8");
    return props;
  }

  private static String millis(long value) {
    return String.valueOf(value);
  }

  @Override
  public void send(OutboxMessage message) throws MailFailure {
    MimeMessage mail;
    try {
      mail = mime.build(session, message);
    } catch (AddressException e) {
      throw MailFailure.permanent("invalid recipient address", e);
    } catch (MessagingException e) {
      throw MailFailure.permanent("message cannot be built: " + e.getClass().getSimpleName(), e);
    }
    try {
      if (settings.authenticates()) {
        Transport.send(mail, settings.username(), settings.password());
      } else {
        Transport.send(mail);
      }
    } catch (MessagingException e) {
      throw classify(e);
    }
  }

  static MailFailure classify(MessagingException e) {
    if (e instanceof AuthenticationFailedException) {
      return MailFailure.temporary("smtp login refused", e);
    }
    int code = returnCode(e);
    if (code >= 500) {
      return MailFailure.permanent("smtp " + code + " refused the message", e);
    }
    if (code >= 400) {
      return MailFailure.temporary("smtp " + code + " try later", e);
    }
    return MailFailure.temporary("smtp unavailable: " + rootCause(e), e);
  }

  /** The SMTP reply code in the exception or the ones nested in it, or 0. */
  private static int returnCode(MessagingException e) {
    for (Exception current = e; current != null; ) {
      if (current instanceof SMTPAddressFailedException failed) {
        return failed.getReturnCode();
      }
      if (current instanceof SMTPSenderFailedException failed) {
        return failed.getReturnCode();
      }
      if (current instanceof SMTPSendFailedException failed) {
        return failed.getReturnCode();
      }
      current =
          current instanceof MessagingException messaging ? messaging.getNextException() : null;
    }
    return 0;
  }

  /** Only the type: messages of network errors may hold host names, never worth storing. */
  private static String rootCause(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getClass().getSimpleName();
  }
}
