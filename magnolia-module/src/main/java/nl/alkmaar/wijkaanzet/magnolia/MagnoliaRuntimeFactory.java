package nl.alkmaar.wijkaanzet.magnolia;

import java.nio.file.Path;
import java.time.Clock;
import nl.alkmaar.wijkaanzet.WijkAanZetRuntime;
import nl.alkmaar.wijkaanzet.campaign.Campaign;
import nl.alkmaar.wijkaanzet.campaign.CampaignFiles;
import nl.alkmaar.wijkaanzet.campaign.CampaignService;
import nl.alkmaar.wijkaanzet.campaign.JcrCampaignStore;
import nl.alkmaar.wijkaanzet.jcr.JcrSessions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the runtime inside Magnolia. The campaign comes from the file named by the system property
 * {@value #CONFIG_PROPERTY} (imported at every start: the file wins) or else from the bundled
 * Alkmaar 2024 edition (imported once: the repository wins afterwards).
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
    LOG.info("wijkaanzet campaign {} active", campaign.id());
    return new WijkAanZetRuntime(clock, sessions, new MagnoliaCurrentUser(), campaigns);
  }
}
