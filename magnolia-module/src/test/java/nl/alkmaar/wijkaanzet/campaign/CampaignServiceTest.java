package nl.alkmaar.wijkaanzet.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import nl.alkmaar.wijkaanzet.jcr.MemoryRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The active campaign on a real Jackrabbit: which of file and store wins at start, and how a change
 * made on one host reaches another without a restart.
 */
class CampaignServiceTest {

  @RegisterExtension final MemoryRepository memory = new MemoryRepository();

  private final Campaign file = CampaignFiles.bundled();

  @Test
  void aChangeMadeOnTheScreenSurvivesARestartWithTheSameFile() {
    JcrCampaignStore store = new JcrCampaignStore(memory.sessions());
    CampaignService first = CampaignService.start(store, Clock.systemUTC(), file, true);
    first.change(retitled(file, "Wij(k) aan zet! 2024"));

    CampaignService restarted = CampaignService.start(store, Clock.systemUTC(), file, true);

    assertEquals("Wij(k) aan zet! 2024", restarted.active().title());
  }

  @Test
  void aChangedFileReplacesTheStoredSettingsAtTheNextStart() {
    JcrCampaignStore store = new JcrCampaignStore(memory.sessions());
    CampaignService.start(store, Clock.systemUTC(), file, true)
        .change(retitled(file, "Op het scherm"));

    CampaignService restarted =
        CampaignService.start(store, Clock.systemUTC(), retitled(file, "Uit het bestand"), true);

    assertEquals("Uit het bestand", restarted.active().title());
  }

  @Test
  void withoutFileWinsTheStoreAlwaysWins() {
    JcrCampaignStore store = new JcrCampaignStore(memory.sessions());
    CampaignService.start(store, Clock.systemUTC(), file, false).change(retitled(file, "Eigen"));

    CampaignService restarted =
        CampaignService.start(store, Clock.systemUTC(), retitled(file, "Anders"), false);

    assertEquals("Eigen", restarted.active().title());
  }

  @Test
  void anotherHostSeesTheChangeWhenItLooksAgain() {
    JcrCampaignStore store = new JcrCampaignStore(memory.sessions());
    CampaignService author = CampaignService.start(store, Clock.systemUTC(), file, true);
    CampaignService publicHost = CampaignService.start(store, Clock.systemUTC(), file, true);
    long before = store.revision(file.id());

    author.change(retitled(file, "Nieuwe titel"));
    publicHost.refresh();

    assertNotEquals(before, store.revision(file.id()));
    assertEquals("Nieuwe titel", publicHost.active().title());
  }

  private static Campaign retitled(Campaign campaign, String title) {
    return new Campaign(
        campaign.id(),
        title,
        campaign.intro(),
        campaign.website(),
        campaign.timeZone(),
        new ArrayList<>(campaign.phases()),
        List.copyOf(campaign.wijken()),
        campaign.categories(),
        campaign.rejectionReasons(),
        campaign.rules());
  }
}
