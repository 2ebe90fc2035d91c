package nl.alkmaar.wijkaanzet.notify;

import java.util.regex.Pattern;

/**
 * A message that was not accepted. {@link #getMessage()} is short and free of personal data (it is
 * stored with the message and logged), because mail servers like to quote the recipient's address
 * in their answers; {@link #safe(String)} removes anything that looks like an address.
 */
public final class MailFailure extends Exception {

  private static final int MAX_LENGTH = 200;
  private static final Pattern ADDRESS = Pattern.compile("[^\\s<>()\"',;:]+@[^\\s<>()\"',;]+");

  private final boolean retryable;

  private MailFailure(String reason, boolean retryable, Throwable cause) {
    super(safe(reason), cause);
    this.retryable = retryable;
  }

  /** The server or the network is unavailable now; a later attempt may work. */
  public static MailFailure temporary(String reason, Throwable cause) {
    return new MailFailure(reason, true, cause);
  }

  /** The message itself is refused (for example an address that does not exist). */
  public static MailFailure permanent(String reason, Throwable cause) {
    return new MailFailure(reason, false, cause);
  }

  public boolean retryable() {
    return retryable;
  }

  /** One line, no e-mail addresses, at most {@value #MAX_LENGTH} characters. */
  public static String safe(String text) {
    if (text == null || text.isBlank()) {
      return "unknown";
    }
    String line = ADDRESS.matcher(text).replaceAll("<address>").replaceAll("\\s+", " ").strip();
    return line.length() <= MAX_LENGTH ? line : line.substring(0, MAX_LENGTH - 1) + "…";
  }
}
