package nl.alkmaar.wijkaanzet.magnolia;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import info.magnolia.context.MgnlContext;
import info.magnolia.context.SystemContext;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import nl.alkmaar.wijkaanzet.jcr.RepositoryFailure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Drives the reflection adapter against the MgnlContext test double (Magnolia has no stand-in). */
class MagnoliaJcrSessionsTest {

  private final Session session = mock(Session.class);
  private final MagnoliaJcrSessions sessions = new MagnoliaJcrSessions();

  @BeforeEach
  void installSystemContext() {
    SystemContext context = new SystemContext();
    context.sessions.put("wijkaanzet", session);
    MgnlContext.systemContext = context;
    MgnlContext.systemContextCalls = 0;
  }

  @AfterEach
  void clear() {
    MgnlContext.systemContext = null;
  }

  @Test
  void readsRunInsideTheSystemContextWithoutSaving() throws RepositoryException {
    Session seen = sessions.read("wijkaanzet", s -> s);

    assertSame(session, seen);
    assertEquals(1, MgnlContext.systemContextCalls);
    verify(session, never()).save();
    verify(session, never()).logout();
  }

  @Test
  void writesSaveOnceAndNeverLogOutTheContextsSession() throws RepositoryException {
    String result = sessions.write("wijkaanzet", s -> "done");

    assertEquals("done", result);
    verify(session).save();
    verify(session, never()).logout();
  }

  @Test
  void failedWorkDiscardsItsChangesAndReportsARepositoryFailure() throws RepositoryException {
    RepositoryFailure failure =
        assertThrows(
            RepositoryFailure.class,
            () ->
                sessions.write(
                    "wijkaanzet",
                    s -> {
                      throw new RepositoryException("constraint violated");
                    }));

    assertEquals("constraint violated", failure.getCause().getMessage());
    verify(session).refresh(false);
    verify(session, never()).save();
  }

  @Test
  void runtimeFailuresPassThroughUnchanged() throws RepositoryException {
    IllegalArgumentException failure =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                sessions.read(
                    "wijkaanzet",
                    s -> {
                      throw new IllegalArgumentException("bad id");
                    }));

    assertEquals("bad id", failure.getMessage());
    verify(session).refresh(false);
  }

  @Test
  void anUnknownWorkspaceSurfacesMagnoliasError() {
    assertThrows(IllegalArgumentException.class, () -> sessions.read("website", s -> null));
  }
}
