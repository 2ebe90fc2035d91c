package nl.alkmaar.wijkaanzet.notify;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Date;

/**
 * Turns an outbox message into a MIME message, the same way for SMTP and for files. The {@code
 * Message-ID} is made from the outbox id, so a message sent again after a crash carries the same id
 * and mail clients and servers can recognise it as the same mail.
 */
final class MimeMails {

  private static final String UTF_8 = StandardCharsets.UTF_8.name();

  private final InternetAddress from;

  MimeMails(String fromAddress, String fromName) {
    try {
      this.from = new InternetAddress(fromAddress, fromName, UTF_8);
    } catch (UnsupportedEncodingException e) {
      throw new IllegalStateException("UTF-8 is always supported", e);
    }
  }

  /** {@code <outbox-id@domain-of-the-sender>}. */
  String messageId(OutboxMessage message) {
    String address = from.getAddress();
    return "<" + message.id() + "@" + address.substring(address.indexOf('@') + 1) + ">";
  }

  MimeMessage build(Session session, OutboxMessage message) throws MessagingException {
    MimeMessage mime = new StableIdMessage(session, messageId(message));
    mime.setFrom(from);
    mime.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(message.recipient(), true));
    mime.setSubject(message.subject(), UTF_8);
    // The date the mail was written, so a message sent again is the same message.
    mime.setSentDate(Date.from(message.createdAt()));
    // RFC 3834: keeps out-of-office replies away from an address nobody reads.
    mime.setHeader("Auto-Submitted", "auto-generated");
    if (message.unsubscribe() != null) {
      // RFC 2369 and 8058: mail programs show "Afmelden", and a mail provider may stop the mails
      // with one POST to this address (what large providers ask of mail people asked for).
      mime.setHeader("List-Unsubscribe", "<" + message.unsubscribe() + ">");
      mime.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
    }
    if (message.htmlBody() == null) {
      mime.setText(message.textBody(), UTF_8, "plain");
    } else {
      MimeMultipart alternative = new MimeMultipart("alternative");
      MimeBodyPart text = new MimeBodyPart();
      text.setText(message.textBody(), UTF_8, "plain");
      MimeBodyPart html = new MimeBodyPart();
      html.setText(message.htmlBody(), UTF_8, "html");
      alternative.addBodyPart(text);
      alternative.addBodyPart(html);
      mime.setContent(alternative);
    }
    mime.saveChanges();
    return mime;
  }

  /** Jakarta Mail makes up a new Message-ID on every save unless told otherwise. */
  private static final class StableIdMessage extends MimeMessage {
    private final String messageId;

    StableIdMessage(Session session, String messageId) {
      super(session);
      this.messageId = messageId;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
      setHeader("Message-ID", messageId);
    }
  }
}
