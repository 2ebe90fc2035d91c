package nl.alkmaar.wijkaanzet.notify;

import java.util.Objects;

/** What a template produced: the subject and the body, plain text and optionally HTML. */
public record RenderedMail(String subject, String textBody, String htmlBody) {

  public RenderedMail {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(textBody, "textBody");
  }

  public RenderedMail(String subject, String textBody) {
    this(subject, textBody, null);
  }
}
