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
import java.util.Properties;
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
import org.apache.jackrabbit.core.config.RepositoryConfigurationParser;
import org.xml.sax.InputSource;

/**
 * The standalone host's Jackrabbit 2: on Derby in the data folder, or a node of a cluster on
 * PostgreSQL ({@link #onCluster}). At start it loads the module's CND and creates the module's
 * workspaces, as Magnolia does from the module descriptor.
 */
public final class EmbeddedRepository implements AutoCloseable {

  private static final String CONFIG_FOLDER = "/nl/alkmaar/wijkaanzet/standalone/repository/";
  private static final Credentials ADMIN = new SimpleCredentials("admin", "admin".toCharArray());

  /**
   * The cluster configuration of docs/magnolia (copied into the jar by the build): the file README
   * gives Magnolia operators is the one this host runs.
   */
  static final String CLUSTER_CONFIG = "jackrabbit-wijkaanzet-cluster.xml";

  /** Jackrabbit reads a cluster node's id from this file in the repository home. */
  static final String NODE_ID_FILE = "cluster_node.id";

  private final RepositoryImpl repository;
  private final boolean clustered;

  private EmbeddedRepository(RepositoryImpl repository, boolean clustered) {
    this.repository = repository;
    this.clustered = clustered;
  }

  public static EmbeddedRepository onDerby(Path home) {
    System.setProperty("derby.stream.error.file", home.resolve("derby.log").toString());
    Properties variables = new Properties();
    variables.setProperty(RepositoryConfigurationParser.REPOSITORY_HOME_VARIABLE, absolute(home));
    return start("derby-repository.xml", home, variables, false);
  }

  /**
   * A node of a Jackrabbit cluster on PostgreSQL: bundles, binaries and the journal in the
   * database, the search index and the journal's revision below {@code home}. The first node
   * creates the tables; the others find them.
   */
  public static EmbeddedRepository onCluster(Path home, ClusterSettings cluster) {
    Properties variables = new Properties();
    variables.setProperty(RepositoryConfigurationParser.REPOSITORY_HOME_VARIABLE, absolute(home));
    variables.setProperty("wijkaanzet.db.url", cluster.url());
    variables.setProperty("wijkaanzet.db.user", cluster.user());
    variables.setProperty("wijkaanzet.db.password", cluster.password());
    try {
      Files.createDirectories(home);
      if (cluster.nodeId().isPresent()) {
        Files.writeString(home.resolve(NODE_ID_FILE), cluster.nodeId().get());
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot prepare the repository folder " + home, e);
    }
    return start(CLUSTER_CONFIG, home, variables, true);
  }

  private static String absolute(Path home) {
    return home.toAbsolutePath().toString();
  }

  private static EmbeddedRepository start(
      String config, Path home, Properties variables, boolean clustered) {
    try (InputStream xml = EmbeddedRepository.class.getResourceAsStream(CONFIG_FOLDER + config)) {
      Files.createDirectories(home);
      RepositoryImpl repository =
          RepositoryImpl.create(RepositoryConfig.create(new InputSource(xml), variables));
      EmbeddedRepository embedded = new EmbeddedRepository(repository, clustered);
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
      if (!existing.contains(Workspaces.VOTES) && clustered) {
        // In a cluster every workspace is on the shared database, as the configuration says.
        workspace.createWorkspace(Workspaces.VOTES);
      } else if (!existing.contains(Workspaces.VOTES)) {
        try (InputStream template =
            EmbeddedRepository.class.getResourceAsStream(CONFIG_FOLDER + "votes-workspace.xml")) {
          workspace.createWorkspace(Workspaces.VOTES, new InputSource(template));
        }
      }
    } finally {
      session.logout();
    }
    // Jackrabbit opens a workspace (and creates its tables) at its first login. Done here, the
    // first
    // node of a cluster creates them while it starts, alone; two nodes opening a new workspace at
    // the same moment would both try to create the same tables, and one would fail.
    for (String name : List.of(Workspaces.CONTENT, Workspaces.VOTES)) {
      login(name).logout();
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
