package nl.alkmaar.wijkaanzet.magnolia;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import info.magnolia.context.MgnlContext;
import info.magnolia.context.SystemContext;
import java.util.List;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import nl.alkmaar.wijkaanzet.jcr.HeldSession;
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
    MgnlContext.reset();
    SystemContext context = new SystemContext();
    context.sessions.put("wijkaanzet", session);
    MgnlContext.systemContext = context;
  }

  @AfterEach
  void clear() {
    MgnlContext.reset();
  }

  /** Sessions opened per thread as Magnolia's system context opens them, each a fresh mock. */
  private static void perThreadSessions() {
    MgnlContext.systemContext = null;
    MgnlContext.opener = workspace -> mock(Session.class);
  }

  @Test
  void onAThreadWithoutContextTheSystemSessionsAreReleasedAfterTheWork() {
    perThreadSessions();
    MgnlContext.instance = false;

    sessions.read("wijkaanzet", s -> s);
    sessions.write("wijkaanzet", s -> "saved");

    String thread = Thread.currentThread().getName();
    assertEquals(0, MgnlContext.openOn(Thread.currentThread()));
    assertEquals(2, MgnlContext.openedBy(thread));
    assertEquals(2, MgnlContext.releasedBy(thread));
  }

  @Test
  void aHeldSessionOnAThreadWithoutContextIsReleasedEveryFiveHundredWritesAndAtClose() {
    perThreadSessions();
    MgnlContext.instance = false;
    String thread = Thread.currentThread().getName();
    HeldSession held = sessions.hold("wijkaanzet");

    for (int i = 1; i < MagnoliaJcrSessions.WRITES_PER_RELEASE; i++) {
      held.write(s -> "saved");
    }
    assertEquals(0, MgnlContext.releasedBy(thread), "kept between the writes");
    held.write(s -> "saved");
    assertEquals(MagnoliaJcrSessions.WRITES_PER_RELEASE, MgnlContext.releasedBy(thread));
    held.write(s -> "saved");
    assertEquals(1, MgnlContext.openOn(Thread.currentThread()));

    held.close();

    assertEquals(0, MgnlContext.openOn(Thread.currentThread()), "nothing left open at close");
  }

  /** Magnolia releases only when its operation returns normally; ours always does. */
  @Test
  void failedWorkOnAThreadWithoutContextIsReleasedToo() {
    perThreadSessions();
    MgnlContext.instance = false;
    String thread = Thread.currentThread().getName();

    for (Throwable failure :
        List.of(new IllegalArgumentException("bad id"), new AssertionError("broken"))) {
      Throwable thrown =
          assertThrows(
              Throwable.class,
              () ->
                  sessions.read(
                      "wijkaanzet",
                      s -> {
                        if (failure instanceof Error error) {
                          throw error;
                        }
                        throw (RuntimeException) failure;
                      }));

      assertSame(failure, thrown);
      assertEquals(0, MgnlContext.openOn(Thread.currentThread()));
    }
    assertEquals(2, MgnlContext.releasedBy(thread));
  }

  /** On a request thread Magnolia's ContextFilter releases at the end of the request. */
  @Test
  void onARequestThreadTheSessionsAreLeftToMagnolia() {
    perThreadSessions();
    MgnlContext.instance = true;

    sessions.read("wijkaanzet", s -> s);

    assertEquals(1, MgnlContext.openOn(Thread.currentThread()));
    MgnlContext.release();
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
