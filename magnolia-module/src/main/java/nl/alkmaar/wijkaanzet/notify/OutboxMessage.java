package nl.alkmaar.wijkaanzet.notify;

import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One mail in the outbox. The id is also the JCR node name and the left part of the mail's {@code
 * Message-ID}, so it is restricted to letters, digits and dashes (a UUID). {@code kind} names the
 * template (for example {@code bevestiging}) and is the only thing about the mail that is logged.
 * {@code htmlBody}, {@code nextAttemptAt}, {@code lastError}, {@code sentAt} and {@code
 * unsubscribe} (the one-click stop address of a mail someone asked for) may be null.
 */
public record OutboxMessage(
    String id,
    String kind,
    String recipient,
    String subject,
    String textBody,
    String htmlBody,
    Instant createdAt,
    int attempts,
    Instant nextAttemptAt,
    OutboxStatus status,
    String lastError,
    Instant sentAt,
    String unsubscribe) {

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9-]{1,64}");
  private static final Pattern KIND = Pattern.compile("[a-z][a-z0-9-]{0,39}");

  public OutboxMessage {
    requireMatch("id", id, ID);
    requireMatch("kind", kind, KIND);
    requireHeaderSafe("recipient", recipient);
    requireHeaderSafe("subject", subject);
    if (unsubscribe != null) {
      requireHeaderSafe("unsubscribe", unsubscribe);
    }
    Objects.requireNonNull(textBody, "textBody");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(status, "status");
    if (attempts < 0) {
      throw new IllegalArgumentException("attempts must not be negative: " + attempts);
    }
    if (status == OutboxStatus.PENDING && nextAttemptAt == null) {
      throw new IllegalArgumentException("a pending message needs nextAttemptAt");
    }
  }

  /** A new message, due at once. */
  public static OutboxMessage pending(
      String id, String kind, String recipient, RenderedMail mail, Instant now) {
    return new OutboxMessage(
        id,
        kind,
        recipient,
        mail.subject(),
        mail.textBody(),
        mail.htmlBody(),
        now,
        0,
        now,
        OutboxStatus.PENDING,
        null,
        null,
        mail.unsubscribe());
  }

  public boolean isDue(Instant now) {
    return status == OutboxStatus.PENDING && !nextAttemptAt.isAfter(now);
  }

  private static void requireMatch(String field, String value, Pattern pattern) {
    if (value == null || !pattern.matcher(value).matches()) {
      throw new IllegalArgumentException(field + " must match " + pattern + ": " + value);
    }
  }

  /** A line break in a header value would let a value add headers of its own. */
  private static void requireHeaderSafe(String field, String value) {
    if (value == null || value.isBlank() || value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
      throw new IllegalArgumentException(field + " must be one non-empty line");
    }
  }
}
