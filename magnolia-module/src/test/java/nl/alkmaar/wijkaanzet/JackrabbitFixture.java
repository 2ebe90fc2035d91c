package nl.alkmaar.wijkaanzet;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.jcr.Credentials;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.SimpleCredentials;
import org.apache.jackrabbit.api.JackrabbitWorkspace;
import org.apache.jackrabbit.commons.cnd.CndImporter;
import org.apache.jackrabbit.core.RepositoryImpl;
import org.apache.jackrabbit.core.config.RepositoryConfig;

/**
 * A real Jackrabbit, held in memory (same engine, nothing written to disk), with the node types and
 * workspaces a test names. Close it after the test.
 */
public final class JackrabbitFixture implements AutoCloseable {

  private static final String CONFIG = "/jackrabbit/memory-repository.xml";
  private static final Credentials ADMIN = new SimpleCredentials("admin", "admin".toCharArray());

  private final RepositoryImpl repository;

  private JackrabbitFixture(RepositoryImpl repository) {
    this.repository = repository;
  }

  /**
   * Starts a repository in {@code home} with the CND files (classpath resources) registered in
   * order and the workspaces created.
   */
  public static JackrabbitFixture start(
      Path home, List<String> cndResources, List<String> workspaces) throws Exception {
    RepositoryImpl repository;
    try (InputStream xml = JackrabbitFixture.class.getResourceAsStream(CONFIG)) {
      repository = RepositoryImpl.create(RepositoryConfig.create(xml, home.toString()));
    }
    JackrabbitFixture fixture = new JackrabbitFixture(repository);
    try {
      Session session = fixture.login("default");
      try {
        for (String cnd : cndResources) {
          try (InputStream in = JackrabbitFixture.class.getResourceAsStream(cnd);
              Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            CndImporter.registerNodeTypes(reader, session, true);
          }
        }
        List<String> existing = Arrays.asList(session.getWorkspace().getAccessibleWorkspaceNames());
        for (String workspace : workspaces) {
          if (!existing.contains(workspace)) {
            ((JackrabbitWorkspace) session.getWorkspace()).createWorkspace(workspace);
          }
        }
      } finally {
        session.logout();
      }
      return fixture;
    } catch (Exception e) {
      repository.shutdown();
      throw e;
    }
  }

  public Session login(String workspace) throws RepositoryException {
    return repository.login(ADMIN, workspace);
  }

  @Override
  public void close() {
    repository.shutdown();
  }
}
