package nl.alkmaar.wijkaanzet.jcr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The ballot writer's kept session on a real Jackrabbit: failures, renewal, close. */
class KeptSessionTest {

  @RegisterExtension final MemoryRepository memory = new MemoryRepository();

  @Test
  void aFailedWriteLeavesNothingBehindAndTheNextWriteWorks() throws Exception {
    HeldSession held = memory.sessions().hold(Workspaces.VOTES);

    assertThrows(
        RepositoryFailure.class,
        () ->
            held.write(
                session -> {
                  session.getRootNode().addNode("half", "nt:unstructured");
                  throw new RepositoryException("the save failed");
                }));
    held.write(
        session -> {
          session.getRootNode().addNode("whole", "nt:unstructured");
          return null;
        });
    held.close();

    Session reader = memory.login(Workspaces.VOTES);
    try {
      assertFalse(reader.nodeExists("/half"), "the failed write's change was dropped");
      assertTrue(reader.nodeExists("/whole"));
    } finally {
      reader.logout();
    }
  }

  @Test
  void theSessionIsKeptRenewedAfterItsWritesAndLoggedOutAtClose() {
    HeldSession held = memory.sessions().hold(Workspaces.VOTES);
    List<Session> seen = new ArrayList<>();

    for (int i = 0; i <= KeptSession.WRITES_PER_SESSION; i++) {
      held.write(
          session -> {
            seen.add(session);
            return null;
          });
    }
    held.close();

    assertSame(seen.get(0), seen.get(KeptSession.WRITES_PER_SESSION - 1), "one session kept");
    assertNotSame(seen.get(0), seen.get(KeptSession.WRITES_PER_SESSION), "then a new one");
    assertFalse(seen.get(0).isLive(), "the renewed one was logged out");
    assertFalse(seen.get(KeptSession.WRITES_PER_SESSION).isLive(), "and the last at close");
    assertEquals(KeptSession.WRITES_PER_SESSION + 1, seen.size());
  }
}
