package nl.alkmaar.wijkaanzet.jcr;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import nl.alkmaar.wijkaanzet.HostRole;
import nl.alkmaar.wijkaanzet.JackrabbitFixture;
import nl.alkmaar.wijkaanzet.RuntimeAssembly;
import nl.alkmaar.wijkaanzet.WijkAanZetRuntime;
import nl.alkmaar.wijkaanzet.campaign.Campaign;
import nl.alkmaar.wijkaanzet.campaign.Wijk;
import nl.alkmaar.wijkaanzet.notify.FileMailSender;
import nl.alkmaar.wijkaanzet.notify.MailTemplates;
import nl.alkmaar.wijkaanzet.user.ContainerCurrentUser;
import nl.alkmaar.wijkaanzet.vote.AddressBook;
import nl.alkmaar.wijkaanzet.vote.CodeInbox;
import nl.alkmaar.wijkaanzet.vote.VotingSettings;
import nl.alkmaar.wijkaanzet.web.WebProtection;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real Jackrabbit with the module's node types and workspaces, in memory, fresh for every test
 * and shut down after it. Shared with the standalone host's tests through the test jar.
 */
public final class MemoryRepository implements BeforeEachCallback, AfterEachCallback {

  private JackrabbitFixture repository;
  private RepositoryJcrSessions sessions;
  private Path home;
  private final List<WijkAanZetRuntime> runtimes = new ArrayList<>();
  private VotingSettings voting;

  @Override
  public void beforeEach(ExtensionContext context) throws Exception {
    home = Files.createTempDirectory("wijkaanzet-memory");
    repository =
        JackrabbitFixture.start(
            home, List.of(NodeTypes.CND_RESOURCE), List.of(Workspaces.CONTENT, Workspaces.VOTES));
    sessions = new RepositoryJcrSessions(repository::login);
    // One secret per repository: a runtime built again on it (a restart) knows its voters. The
    // address table is the bundled demo one.
    voting = VotingSettings.ephemeral();
  }

  @Override
  public void afterEach(ExtensionContext context) {
    runtimes.forEach(WijkAanZetRuntime::stop);
    runtimes.clear();
    repository.close();
  }

  /** A session of its own on {@code workspace} ({@code null}: the default workspace). */
  public Session login(String workspace) throws RepositoryException {
    return repository.login(workspace);
  }

  public RepositoryJcrSessions sessions() {
    return sessions;
  }

  /**
   * A runtime on this repository with {@code campaign} stored, as the hosts build it. Its mail
   * dispatcher is not started (tests call {@code runOnce()}) and writes files below the
   * repository's temporary folder. Its ballot writer is closed after the test.
   */
  public WijkAanZetRuntime runtime(Campaign campaign, Clock clock) {
    WijkAanZetRuntime runtime =
        RuntimeAssembly.create(
            HostRole.STANDALONE,
            clock,
            sessions,
            new ContainerCurrentUser(),
            campaign,
            true,
            WebProtection.create("/api", Set.of(), clock),
            new FileMailSender(home.resolve("mail")),
            Optional.empty(),
            new MailTemplates(),
            new VotingSettings(
                voting.secret(),
                CodeInbox.NONE,
                AddressBook.demo(
                    campaign.wijken().stream().map(Wijk::id).collect(Collectors.toSet()))));
    runtimes.add(runtime);
    return runtime;
  }
}
