package nl.alkmaar.wijkaanzet.standalone;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;

/** A received mail read as a mail program shows it, whatever transfer encoding was used. */
final class MailText {

  private MailText() {}

  static String of(MimeMessage mail) throws MessagingException, IOException {
    Object content = mail.getContent();
    if (content instanceof Multipart parts) {
      for (int i = 0; i < parts.getCount(); i++) {
        if (parts.getBodyPart(i).isMimeType("text/plain")) {
          return parts.getBodyPart(i).getContent().toString();
        }
      }
    }
    return content.toString();
  }

  static String subject(MimeMessage mail) {
    try {
      return mail.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
