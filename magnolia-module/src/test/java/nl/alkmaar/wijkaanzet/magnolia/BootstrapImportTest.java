package nl.alkmaar.wijkaanzet.magnolia;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.jcr.ImportUUIDBehavior;
import javax.jcr.Node;
import javax.jcr.Session;
import nl.alkmaar.wijkaanzet.JackrabbitFixture;
import nl.alkmaar.wijkaanzet.user.UserIdentity;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every bootstrap file imported as Magnolia imports it on install: system view, at the path its
 * file name names, into a real Jackrabbit with Magnolia's node types, parents created as {@code
 * mgnl:content}, UUID collisions refused. A malformed file, a wrong node type or a node that does
 * not fit its file name fails here instead of on a municipality's first install.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BootstrapImportTest {

  private static final List<String> WORKSPACES = List.of("config", "userroles");

  private JackrabbitFixture repository;

  @BeforeAll
  void importEveryFile(@TempDir Path home) throws Exception {
    repository =
        JackrabbitFixture.start(home, List.of("/magnolia/magnolia-test-nodetypes.cnd"), WORKSPACES);
    for (BootstrapFile file : BootstrapFile.all()) {
      assertTrue(WORKSPACES.contains(file.workspace()), file + " names an unknown workspace");
      in(
          file.workspace(),
          session -> {
            Node parent = createPath(session, file.parentPath());
            try (InputStream in = Files.newInputStream(file.file())) {
              session.importXML(
                  parent.getPath(), in, ImportUUIDBehavior.IMPORT_UUID_COLLISION_THROW);
            }
            session.save();
          });
    }
  }

  @AfterAll
  void stop() {
    repository.close();
  }

  /** Missing parents become mgnl:content, as DataTransporter creates them. */
  private static Node createPath(Session session, String path) throws Exception {
    Node node = session.getRootNode();
    for (String name : path.split("/")) {
      if (name.isEmpty()) {
        continue;
      }
      node = node.hasNode(name) ? node.getNode(name) : node.addNode(name, "mgnl:content");
    }
    return node;
  }

  /** What a test checks in one workspace, with a session of its own. */
  private interface Check {
    void in(Session session) throws Exception;
  }

  private void in(String workspace, Check check) throws Exception {
    Session session = repository.login(workspace);
    try {
      check.in(session);
    } finally {
      session.logout();
    }
  }

  @Test
  void everyFileLandsAtThePathItsNameNames() throws Exception {
    for (BootstrapFile file : BootstrapFile.all()) {
      in(
          file.workspace(),
          session -> {
            assertTrue(session.nodeExists(file.path()), file + ": nothing at " + file.path());
            assertEquals(file.nodeName(), session.getNode(file.path()).getName());
          });
    }
  }

  @Test
  void wijkfnIsARendererContextAttribute() throws Exception {
    in(
        "config",
        session -> {
          Node wijkfn =
              session.getNode("/modules/rendering/renderers/freemarker/contextAttributes/wijkfn");

          assertEquals("mgnl:contentNode", wijkfn.getPrimaryNodeType().getName());
          // The renderer names the variable after the node; `name` must say the same.
          assertEquals("wijkfn", wijkfn.getProperty("name").getString());
          assertEquals(
              "nl.alkmaar.wijkaanzet.render.WijkFunctions",
              wijkfn.getProperty("componentClass").getString());
        });
  }

  @Test
  void theThreeRolesAreRolesWithTheirAcls() throws Exception {
    in(
        "userroles",
        session -> {
          for (String role :
              List.of(UserIdentity.EDITOR, UserIdentity.MODERATOR, UserIdentity.STAFF)) {
            Node node = session.getNode("/" + role);
            assertEquals("mgnl:role", node.getPrimaryNodeType().getName(), role);
            assertTrue(node.hasNode("acl_wijkaanzet"), role + " has no workspace ACL");
            for (Node entry : RoleAclTest.children(node.getNode("acl_wijkaanzet"))) {
              assertTrue(entry.hasProperty("path") && entry.hasProperty("permissions"), role);
              assertEquals(
                  javax.jcr.PropertyType.LONG, entry.getProperty("permissions").getType(), role);
            }
          }
        });
  }

  /**
   * Magnolia's page cache and its multipart filter both leave the module's addresses alone: the API
   * reads its own uploads, and its answers carry a person's own state.
   */
  @Test
  void theCacheAndTheMultipartFilterLeaveTheModulesAddressesAlone() throws Exception {
    in(
        "config",
        session -> {
          for (String voter :
              List.of(
                  "/modules/cache/config/contentCaching/defaultPageCache/cachePolicy"
                      + "/shouldBypassVoters/urls/excludes/wijkaanzet",
                  "/server/filters/multipartRequest/bypasses/wijkaanzet")) {
            Node node = session.getNode(voter);
            assertEquals(
                "info.magnolia.voting.voters.URIStartsWithVoter",
                node.getProperty("class").getString(),
                voter);
            assertEquals("/.wijkaanzet/", node.getProperty("pattern").getString(), voter);
          }
        });
  }
}
