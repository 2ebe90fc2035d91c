package nl.alkmaar.wijkaanzet.magnolia;

import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import nl.alkmaar.wijkaanzet.WijkAanZetRuntime;
import nl.alkmaar.wijkaanzet.campaign.Campaign;
import nl.alkmaar.wijkaanzet.campaign.CampaignFiles;
import nl.alkmaar.wijkaanzet.campaign.CampaignService;
import nl.alkmaar.wijkaanzet.campaign.JcrCampaignStore;
import nl.alkmaar.wijkaanzet.jcr.JcrSessions;
import nl.alkmaar.wijkaanzet.notify.JcrOutbox;
import nl.alkmaar.wijkaanzet.notify.MailSenders;
import nl.alkmaar.wijkaanzet.notify.MailSettings;
import nl.alkmaar.wijkaanzet.notify.OutboxDispatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the runtime inside Magnolia. The campaign comes from the file named by the system property
 * {@value #CONFIG_PROPERTY} (imported at every start: the file wins) or else from the bundled
 * Alkmaar 2024 edition (imported once: the repository wins afterwards).
 *
 * <p>Mail goes to the SMTP server of the {@code WIJKAANZET_SMTP_*} environment variables (or system
 * properties of the same names); without one it is written as files into {@code
 * java.io.tmpdir/wijkaanzet-mail}, which only suits a test install. The dispatcher's thread is a
 * daemon and runs as long as the webapp.
 */
public final class MagnoliaRuntimeFactory {

  public static final String CONFIG_PROPERTY = "wijkaanzet.config";

  private static final Logger LOG = LoggerFactory.getLogger(MagnoliaRuntimeFactory.class);

  private MagnoliaRuntimeFactory() {}

  public static WijkAanZetRuntime create() {
    JcrSessions sessions = new MagnoliaJcrSessions();
    Clock clock = Clock.systemUTC();
    String configured = System.getProperty(CONFIG_PROPERTY);
    Campaign campaign =
        configured == null ? CampaignFiles.bundled() : CampaignFiles.read(Path.of(configured));
    CampaignService campaigns =
        CampaignService.start(new JcrCampaignStore(sessions), clock, campaign, configured != null);
    JcrOutbox outbox = new JcrOutbox(sessions, campaign.id());
    OutboxDispatcher mail =
        new OutboxDispatcher(
            outbox,
            MailSenders.choose(
                MailSettings.fromEnvironment(mailEnvironment()),
                Path.of(System.getProperty("java.io.tmpdir"), "wijkaanzet-mail")),
            clock);
    LOG.info("wijkaanzet campaign {} active", campaign.id());
    WijkAanZetRuntime runtime =
        new WijkAanZetRuntime(clock, sessions, new MagnoliaCurrentUser(), campaigns, outbox, mail);
    mail.start();
    return runtime;
  }

  /** Environment variables, overridden by system properties of the same name. */
  static Map<String, String> mailEnvironment() {
    Map<String, String> env = new HashMap<>();
    for (String name : MailSettings.VARIABLES) {
      String value = System.getProperty(name, System.getenv(name));
      if (value != null) {
        env.put(name, value);
      }
    }
    return env;
  }
}
