package nl.alkmaar.wijkaanzet.notify;

import java.util.Objects;

/**
 * What a template produced: the subject and the body, plain text and optionally HTML; and for a
 * mail someone asked for and can stop, the address that stops it in one click ({@code
 * List-Unsubscribe}, RFC 8058), or null.
 */
public record RenderedMail(String subject, String textBody, String htmlBody, String unsubscribe) {

  public RenderedMail {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(textBody, "textBody");
  }

  public RenderedMail(String subject, String textBody, String htmlBody) {
    this(subject, textBody, htmlBody, null);
  }

  public RenderedMail(String subject, String textBody) {
    this(subject, textBody, null, null);
  }
}
