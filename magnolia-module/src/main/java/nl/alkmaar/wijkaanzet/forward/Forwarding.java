package nl.alkmaar.wijkaanzet.forward;

import java.util.Map;
import java.util.Optional;
import nl.alkmaar.wijkaanzet.notify.MailFailure;
import nl.alkmaar.wijkaanzet.notify.MailSender;
import nl.alkmaar.wijkaanzet.notify.MailTemplates;
import nl.alkmaar.wijkaanzet.notify.OutboxMessages;
import nl.alkmaar.wijkaanzet.notify.OutboxRouter;

/** Builds the configured forwarding channel and the outbox sender that can deliver it. */
public final class Forwarding {

  private Forwarding() {}

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
            // Reports queued before the setting changed wait until Signalen is configured again.
            .orElse(
                message -> {
                  throw MailFailure.temporary("Signalen is not configured on this server", null);
                });
    return new OutboxRouter(mail, Map.of(SignalenForwarding.KIND, signalen));
  }
}
