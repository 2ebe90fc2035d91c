package nl.alkmaar.wijkaanzet.standalone.repository;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import nl.alkmaar.wijkaanzet.WijkAanZetRuntime;
import nl.alkmaar.wijkaanzet.campaign.Campaign;
import nl.alkmaar.wijkaanzet.campaign.CampaignService;
import nl.alkmaar.wijkaanzet.campaign.JcrCampaignStore;
import nl.alkmaar.wijkaanzet.notify.FileMailSender;
import nl.alkmaar.wijkaanzet.notify.JcrOutbox;
import nl.alkmaar.wijkaanzet.notify.OutboxDispatcher;
import nl.alkmaar.wijkaanzet.web.ContainerCurrentUser;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real Jackrabbit with the module's node types and workspaces, in memory, fresh for every test
 * and shut down after it.
 */
public final class MemoryRepository implements BeforeEachCallback, AfterEachCallback {

  private EmbeddedRepository repository;
  private RepositoryJcrSessions sessions;
  private Path home;

  @Override
  public void beforeEach(ExtensionContext context) throws Exception {
    home = Files.createTempDirectory("wijkaanzet-memory");
    repository = EmbeddedRepository.inMemory(home);
    sessions = new RepositoryJcrSessions(repository);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    repository.close();
  }

  public EmbeddedRepository repository() {
    return repository;
  }

  public RepositoryJcrSessions sessions() {
    return sessions;
  }

  /**
   * A runtime on this repository with {@code campaign} stored, as the hosts build it. Its mail
   * dispatcher is not started (tests call {@code runOnce()}) and writes files below the
   * repository's temporary folder.
   */
  public WijkAanZetRuntime runtime(Campaign campaign, Clock clock) {
    CampaignService campaigns =
        CampaignService.start(new JcrCampaignStore(sessions), clock, campaign, true);
    JcrOutbox outbox = new JcrOutbox(sessions, campaign.id());
    OutboxDispatcher mail =
        new OutboxDispatcher(outbox, new FileMailSender(home.resolve("mail")), clock);
    return new WijkAanZetRuntime(
        clock, sessions, new ContainerCurrentUser(), campaigns, outbox, mail);
  }
}
