package nl.alkmaar.wijkaanzet.notify;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes each mail as {@code <id>.eml} into a folder, for hosts without an SMTP server (local use,
 * demos). Any mail program opens the files. Written under a temporary name and then renamed, so a
 * crash never leaves half a mail; a message written again after a crash replaces its own file.
 */
public final class FileMailSender implements MailSender {

  public static final String DEFAULT_FROM = "noreply@wijkaanzet.invalid";
  private static final Logger LOG = LoggerFactory.getLogger(FileMailSender.class);

  private final Path folder;
  private final Session session = Session.getInstance(new Properties());
  private final MimeMails mime;

  public FileMailSender(Path folder) {
    this(folder, DEFAULT_FROM, MailSettings.DEFAULT_FROM_NAME);
  }

  public FileMailSender(Path folder, String fromAddress, String fromName) {
    this.folder = folder;
    this.mime = new MimeMails(fromAddress, fromName);
  }

  public Path folder() {
    return folder;
  }

  /** Where the message with this id is (or will be) written. */
  public Path fileOf(String messageId) {
    return folder.resolve(messageId + ".eml");
  }

  @Override
  public void send(OutboxMessage message) throws MailFailure {
    Path target = fileOf(message.id());
    try {
      Files.createDirectories(folder);
      Path partial = Files.createTempFile(folder, message.id(), ".part");
      try (OutputStream out = Files.newOutputStream(partial)) {
        mime.build(session, message).writeTo(out);
      } catch (IOException | MessagingException | RuntimeException e) {
        Files.deleteIfExists(partial);
        throw e;
      }
      Files.move(
          partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AddressException e) {
      throw MailFailure.permanent("invalid recipient address", e);
    } catch (MessagingException e) {
      throw MailFailure.permanent("message cannot be built: " + e.getClass().getSimpleName(), e);
    } catch (IOException e) {
      throw MailFailure.temporary("cannot write mail file: " + e.getClass().getSimpleName(), e);
    }
    LOG.info(logLine(message, target));
  }

  /** The one line logged per mail: id, kind and file, never the recipient. */
  static String logLine(OutboxMessage message, Path file) {
    return "mail " + message.id() + " (" + message.kind() + ") written to " + file;
  }
}
