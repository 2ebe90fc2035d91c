package nl.alkmaar.wijkaanzet.standalone.repository;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.jcr.Credentials;
import javax.jcr.Repository;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.SimpleCredentials;
import nl.alkmaar.wijkaanzet.jcr.NodeTypes;
import nl.alkmaar.wijkaanzet.jcr.Workspaces;
import org.apache.jackrabbit.api.JackrabbitWorkspace;
import org.apache.jackrabbit.commons.cnd.CndImporter;
import org.apache.jackrabbit.commons.cnd.ParseException;
import org.apache.jackrabbit.core.RepositoryImpl;
import org.apache.jackrabbit.core.config.RepositoryConfig;
import org.xml.sax.InputSource;

/**
 * The standalone host's Jackrabbit 2, on Derby in the data folder. At start it loads the module's
 * CND and creates the module's workspaces, as Magnolia does from the module descriptor.
 */
public final class EmbeddedRepository implements AutoCloseable {

  private static final String CONFIG_FOLDER = "/nl/alkmaar/wijkaanzet/standalone/repository/";
  private static final Credentials ADMIN = new SimpleCredentials("admin", "admin".toCharArray());

  private final RepositoryImpl repository;

  private EmbeddedRepository(RepositoryImpl repository) {
    this.repository = repository;
  }

  public static EmbeddedRepository onDerby(Path home) {
    System.setProperty("derby.stream.error.file", home.resolve("derby.log").toString());
    return start("derby-repository.xml", home);
  }

  private static EmbeddedRepository start(String config, Path home) {
    try (InputStream xml = EmbeddedRepository.class.getResourceAsStream(CONFIG_FOLDER + config)) {
      Files.createDirectories(home);
      RepositoryImpl repository =
          RepositoryImpl.create(RepositoryConfig.create(xml, home.toAbsolutePath().toString()));
      EmbeddedRepository embedded = new EmbeddedRepository(repository);
      try {
        embedded.prepare();
      } catch (RepositoryException | IOException | ParseException e) {
        repository.shutdown();
        throw new IllegalStateException("cannot prepare the repository in " + home, e);
      }
      return embedded;
    } catch (RepositoryException | IOException e) {
      throw new IllegalStateException(
          "cannot start the repository in " + home + ": " + e.getMessage(), e);
    }
  }

  private void prepare() throws RepositoryException, IOException, ParseException {
    Session session = login(null);
    try (Reader cnd = new InputStreamReader(cndStream(), StandardCharsets.UTF_8)) {
      CndImporter.registerNodeTypes(cnd, session, true);
      List<String> existing = Arrays.asList(session.getWorkspace().getAccessibleWorkspaceNames());
      JackrabbitWorkspace workspace = (JackrabbitWorkspace) session.getWorkspace();
      if (!existing.contains(Workspaces.CONTENT)) {
        workspace.createWorkspace(Workspaces.CONTENT);
      }
      if (!existing.contains(Workspaces.VOTES)) {
        try (InputStream template =
            EmbeddedRepository.class.getResourceAsStream(CONFIG_FOLDER + "votes-workspace.xml")) {
          workspace.createWorkspace(Workspaces.VOTES, new InputSource(template));
        }
      }
    } finally {
      session.logout();
    }
  }

  private static InputStream cndStream() throws IOException {
    InputStream in = NodeTypes.class.getResourceAsStream(NodeTypes.CND_RESOURCE);
    if (in == null) {
      throw new IOException("node types missing from the module jar: " + NodeTypes.CND_RESOURCE);
    }
    return in;
  }

  public Session login(String workspace) throws RepositoryException {
    return repository.login(ADMIN, workspace);
  }

  public Repository repository() {
    return repository;
  }

  /** Closes the repository cleanly, so Derby and the search index are consistent on disk. */
  @Override
  public void close() {
    repository.shutdown();
  }
}
