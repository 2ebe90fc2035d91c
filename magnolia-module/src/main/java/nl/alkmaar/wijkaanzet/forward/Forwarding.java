package nl.alkmaar.wijkaanzet.forward;

import java.util.Map;
import java.util.Optional;
import nl.alkmaar.wijkaanzet.notify.MailFailure;
import nl.alkmaar.wijkaanzet.notify.MailSender;
import nl.alkmaar.wijkaanzet.notify.MailSettings;
import nl.alkmaar.wijkaanzet.notify.MailTemplates;
import nl.alkmaar.wijkaanzet.notify.OutboxMessages;
import nl.alkmaar.wijkaanzet.notify.OutboxRouter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Builds the configured forwarding channel and the outbox sender that can deliver it. */
public final class Forwarding {

  private static final Logger LOG = LoggerFactory.getLogger(Forwarding.class);

  private Forwarding() {}

  /**
   * Says loudly at start when reports by e-mail cannot leave this server: without an SMTP server
   * every mail, reports included, is only written to files (fine for a demo, not for real).
   */
  public static void warnIfOnlyFiles(
      Optional<ForwardingSettings> settings, Optional<MailSettings> smtp) {
    if (settings.isPresent()
        && settings.get().channel() == ForwardingSettings.Channel.EMAIL
        && smtp.isEmpty()) {
      LOG.warn(
          "reports for {} are written to files, not sent: set {} to deliver them",
          settings.get().organisation(),
          MailSettings.HOST);
    }
  }

  public static Optional<ForwardingChannel> channel(
      Optional<ForwardingSettings> settings, MailTemplates templates, OutboxMessages messages) {
    return settings.map(
        configured ->
            switch (configured.channel()) {
              case EMAIL ->
                  new EmailForwarding(
                      configured.organisation(), configured.email(), templates, messages);
              case SIGNALEN -> new SignalenForwarding(configured, messages);
            });
  }

  /** Mail as before, and reports for Signalen to Signalen. */
  public static MailSender sender(Optional<ForwardingSettings> settings, MailSender mail) {
    MailSender signalen =
        settings
            .filter(configured -> configured.channel() == ForwardingSettings.Channel.SIGNALEN)
            .<MailSender>map(
                configured ->
                    new SignalenSender(configured.signalenUrl(), configured.signalenToken()))
            // Reports queued before the setting changed are tried again as the retry policy says,
            // and listed as undelivered for moderators if Signalen does not come back in time.
            .orElse(
                message -> {
                  throw MailFailure.temporary("Signalen is not configured on this server", null);
                });
    return new OutboxRouter(mail, Map.of(SignalenForwarding.KIND, signalen));
  }
}
