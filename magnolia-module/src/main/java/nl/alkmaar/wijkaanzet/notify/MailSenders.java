package nl.alkmaar.wijkaanzet.notify;

import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Picks the sender a host uses: SMTP when it is configured, else files in a folder. */
public final class MailSenders {

  private static final Logger LOG = LoggerFactory.getLogger(MailSenders.class);

  private MailSenders() {}

  public static MailSender choose(Optional<MailSettings> settings, Path fileFolder) {
    if (settings.isPresent()) {
      MailSettings smtp = settings.get();
      LOG.info("mail goes to SMTP server {}:{}", smtp.host(), smtp.port());
      return new SmtpMailSender(smtp);
    }
    LOG.info("no {} set: mail is written to {}", MailSettings.HOST, fileFolder.toAbsolutePath());
    return new FileMailSender(fileFolder);
  }
}
