package nl.alkmaar.wijkaanzet.magnolia;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import javax.xml.parsers.DocumentBuilderFactory;
import nl.alkmaar.wijkaanzet.jcr.Workspaces;
import org.apache.jackrabbit.core.config.ClusterConfig;
import org.apache.jackrabbit.core.config.RepositoryConfig;
import org.apache.jackrabbit.core.config.RepositoryConfigurationParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The files docs/MAGNOLIA.md tells Magnolia operators to install for author and public sharing the
 * module's workspaces: Jackrabbit accepts the cluster configuration, and the repository mapping
 * moves exactly the descriptor's workspaces into it. (Starting a cluster on PostgreSQL: issue 14.)
 */
class ClusterConfigurationTest {

  private static final Path FOLDER = Path.of("..", "docs", "magnolia");

  @Test
  void jackrabbitReadsTheClusterConfiguration(@TempDir Path home) throws Exception {
    Properties variables = new Properties();
    variables.setProperty(RepositoryConfigurationParser.REPOSITORY_HOME_VARIABLE, home.toString());
    variables.setProperty("wijkaanzet.db.url", "jdbc:postgresql://127.0.0.1:5432/wijkaanzet");
    variables.setProperty("wijkaanzet.db.user", "wijkaanzet");
    variables.setProperty("wijkaanzet.db.password", "");

    RepositoryConfig config;
    try (InputStream in =
        Files.newInputStream(FOLDER.resolve("jackrabbit-wijkaanzet-cluster.xml"))) {
      config = RepositoryConfig.create(new InputSource(in), variables);
    }

    ClusterConfig cluster = config.getClusterConfig();
    assertNotNull(cluster, "no <Cluster>: author and public would not see each other's changes");
    assertEquals(500, cluster.getSyncDelay());
    assertEquals("default", config.getDefaultWorkspaceName());
  }

  @Test
  void theMappingMovesBothWorkspacesIntoTheClusterRepository() throws Exception {
    Element jcr;
    try (InputStream in = Files.newInputStream(FOLDER.resolve("repositories-wijkaanzet.xml"))) {
      jcr =
          DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in).getDocumentElement();
    }
    Element repository = (Element) jcr.getElementsByTagName("Repository").item(0);
    String clustered = repository.getAttribute("name");

    List<String> mapped = new ArrayList<>();
    NodeList maps = jcr.getElementsByTagName("Map");
    for (int i = 0; i < maps.getLength(); i++) {
      Element map = (Element) maps.item(i);
      assertEquals(clustered, map.getAttribute("repositoryName"));
      assertEquals(map.getAttribute("name"), map.getAttribute("workspaceName"));
      mapped.add(map.getAttribute("name"));
    }
    assertEquals(List.of(Workspaces.CONTENT, Workspaces.VOTES), mapped);
    assertTrue(
        paramOf(repository, "configFile").endsWith("/jackrabbit-wijkaanzet-cluster.xml"),
        "the repository uses the cluster configuration shipped next to it");
  }

  private static String paramOf(Element repository, String name) {
    NodeList params = repository.getElementsByTagName("param");
    for (int i = 0; i < params.getLength(); i++) {
      Element param = (Element) params.item(i);
      if (param.getAttribute("name").equals(name)) {
        return param.getAttribute("value");
      }
    }
    throw new AssertionError("no param " + name);
  }
}
