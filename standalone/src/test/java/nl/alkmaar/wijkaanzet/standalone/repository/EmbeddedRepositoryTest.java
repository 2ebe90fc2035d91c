package nl.alkmaar.wijkaanzet.standalone.repository;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import nl.alkmaar.wijkaanzet.jcr.NodeTypes;
import nl.alkmaar.wijkaanzet.jcr.Workspaces;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The host's repository on Derby is prepared as Magnolia prepares its own from the module
 * descriptor: both workspaces exist and the module's node types are registered. (How those types
 * behave is tested next to them, in the module.)
 */
class EmbeddedRepositoryTest {

  @Test
  void preparesBothWorkspacesAndTheNodeTypes(@TempDir Path home) throws RepositoryException {
    try (EmbeddedRepository repository = EmbeddedRepository.onDerby(home)) {
      Session session = repository.login(Workspaces.CONTENT);
      try {
        List<String> names = Arrays.asList(session.getWorkspace().getAccessibleWorkspaceNames());
        assertTrue(
            names.containsAll(List.of(Workspaces.CONTENT, Workspaces.VOTES)), names.toString());
        assertTrue(session.getWorkspace().getNodeTypeManager().hasNodeType(NodeTypes.IDEA));
      } finally {
        session.logout();
      }
    }
  }
}
