package nl.alkmaar.wijkaanzet.jcr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.nodetype.ConstraintViolationException;
import javax.jcr.nodetype.NodeTypeManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The module's CND loads into Jackrabbit and its types behave as the stores rely on. */
class NodeTypesTest {

  @RegisterExtension final MemoryRepository memory = new MemoryRepository();

  @Test
  void registersEveryNodeTypeOfTheCnd() throws RepositoryException {
    Session session = memory.login(Workspaces.CONTENT);
    try {
      NodeTypeManager types = session.getWorkspace().getNodeTypeManager();
      for (String type :
          List.of(
              NodeTypes.CAMPAIGN,
              NodeTypes.WIJK,
              NodeTypes.PHASE,
              NodeTypes.CATEGORY,
              NodeTypes.FOLDER)) {
        assertTrue(types.hasNodeType(type), type);
      }
      assertEquals(NodeTypes.NAMESPACE_URI, session.getNamespaceURI(NodeTypes.NAMESPACE_PREFIX));
    } finally {
      session.logout();
    }
  }

  @Test
  void mandatoryPropertiesAreEnforcedOnSave() throws RepositoryException {
    Session session = memory.login(Workspaces.CONTENT);
    try {
      session.getRootNode().addNode("zonder-titel", NodeTypes.CAMPAIGN);
      assertThrows(ConstraintViolationException.class, session::save);
    } finally {
      session.logout();
    }
  }
}
