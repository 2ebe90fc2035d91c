package nl.alkmaar.wijkaanzet.magnolia;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.util.Optional;
import java.util.function.Consumer;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.SimpleCredentials;
import nl.alkmaar.wijkaanzet.jcr.ChangeReports;
import nl.alkmaar.wijkaanzet.jcr.HeldSession;
import nl.alkmaar.wijkaanzet.jcr.JcrSessions;
import nl.alkmaar.wijkaanzet.jcr.RepositoryFailure;
import nl.alkmaar.wijkaanzet.jcr.SessionWork;

/**
 * JCR sessions inside Magnolia: the work runs in {@code MgnlContext.doInSystemContext(op, release)}
 * and takes its session from {@code MgnlContext.getJCRSession(workspace)}, the system context's
 * session of this thread. The session belongs to that context, so it is never logged out here.
 *
 * <p>Magnolia keeps system sessions open per thread until someone releases them; on request threads
 * its {@code ContextFilter} does that at the end of the request. Our own threads (the mail
 * dispatcher) have no such filter, so on a thread without a context of its own the sessions are
 * released after every piece of work. Magnolia releases only when the operation returned normally
 * (MgnlContext 5.0, l.398-411), so the operation never throws: a failure (errors too) travels out
 * as a value and is thrown after the release.
 */
public final class MagnoliaJcrSessions implements JcrSessions {

  static final String OP = "info.magnolia.context.MgnlContext$Op";

  /** Writes of a held session between two releases of its thread's system sessions. */
  static final int WRITES_PER_RELEASE = 500;

  @Override
  public <T> T read(String workspace, SessionWork<T> work) {
    return inSystemContext(workspace, work, false, true);
  }

  @Override
  public <T> T write(String workspace, SessionWork<T> work) {
    return inSystemContext(workspace, work, true, true);
  }

  /**
   * On a thread of its own (the ballot writer) Magnolia keeps the system session between operations
   * until they are released, so the writer does not open (and leave to the finalizer) a Jackrabbit
   * session per batch: released every {@value #WRITES_PER_RELEASE} writes and at close.
   */
  @Override
  public HeldSession hold(String workspace) {
    return new HeldSession() {
      private int writes;

      @Override
      public <T> T write(SessionWork<T> work) {
        boolean release = ++writes >= WRITES_PER_RELEASE;
        if (release) {
          writes = 0;
        }
        return inSystemContext(workspace, work, true, release);
      }

      @Override
      public void close() {
        writes = 0;
        inSystemContext(workspace, session -> null, false, true);
      }
    };
  }

  /**
   * Change reports need a session that lives as long as the module, which the system context's
   * sessions do not (they are released per thread). So the system session impersonates its own user
   * once: Jackrabbit gives a system session a new session of its own, which is ours to keep and to
   * log out. Where that is refused, empty: the caller then reads again now and then instead.
   */
  @Override
  public Optional<AutoCloseable> observe(
      String workspace, String path, String ownMark, Consumer<ChangeReports.Change> changed) {
    try {
      return Optional.of(
          inSystemContext(
              workspace,
              session -> {
                Session own =
                    session.impersonate(new SimpleCredentials(session.getUserID(), new char[0]));
                return ChangeReports.register(own, path, ownMark, changed);
              },
              false,
              true));
    } catch (RepositoryFailure | UnsupportedOperationException e) {
      return Optional.empty();
    }
  }

  /**
   * @param release whether to release the system sessions afterwards on a thread without a context
   *     of its own (on a request thread Magnolia's filter does that at the end of the request)
   */
  private <T> T inSystemContext(
      String workspace, SessionWork<T> work, boolean save, boolean release) {
    boolean ownThread = !hasContext();
    Class<?> opType = MagnoliaReflection.type(OP);
    InvocationHandler exec =
        (proxy, method, args) -> {
          if (!method.getName().equals("exec")) {
            return objectMethod(proxy, method.getName(), args);
          }
          try {
            return Outcome.of(runInSession(workspace, work, save));
          } catch (RuntimeException | Error e) {
            return Outcome.failed(e);
          }
        };
    Object op = Proxy.newProxyInstance(opType.getClassLoader(), new Class<?>[] {opType}, exec);
    Outcome<?> outcome =
        (Outcome<?>)
            MagnoliaReflection.callStatic(
                MagnoliaReflection.MGNL_CONTEXT,
                "doInSystemContext",
                new Class<?>[] {opType, boolean.class},
                op,
                ownThread && release);
    @SuppressWarnings("unchecked")
    T result = (T) outcome.valueOrThrow();
    return result;
  }

  private static boolean hasContext() {
    return Boolean.TRUE.equals(
        MagnoliaReflection.callStatic(
            MagnoliaReflection.MGNL_CONTEXT, "hasInstance", new Class<?>[0]));
  }

  private <T> T runInSession(String workspace, SessionWork<T> work, boolean save) {
    Session session = systemSession(workspace);
    try {
      T result = work.run(session);
      if (save) {
        session.save();
      }
      return result;
    } catch (RepositoryException e) {
      discard(session);
      throw new RepositoryFailure("repository work in workspace " + workspace + " failed", e);
    } catch (RuntimeException e) {
      discard(session);
      throw e;
    }
  }

  private static Session systemSession(String workspace) {
    try {
      return (Session)
          MagnoliaReflection.callStatic(
              MagnoliaReflection.MGNL_CONTEXT,
              "getJCRSession",
              new Class<?>[] {String.class},
              workspace);
    } catch (IllegalStateException e) {
      if (e.getCause() instanceof RepositoryException cause) {
        throw new RepositoryFailure("no session for workspace " + workspace, cause);
      }
      throw e;
    }
  }

  /** The system session is shared on this thread, so unsaved changes of failed work must go. */
  private static void discard(Session session) {
    try {
      session.refresh(false);
    } catch (RepositoryException ignored) {
      // the original failure is the one worth reporting
    }
  }

  private static Object objectMethod(Object proxy, String name, Object[] args) {
    return switch (name) {
      case "hashCode" -> System.identityHashCode(proxy);
      case "equals" -> proxy == args[0];
      case "toString" -> "wijkaanzet system-context operation";
      default -> throw new UnsupportedOperationException(name);
    };
  }

  /** What the operation ended with, so that it returns normally and Magnolia releases. */
  private record Outcome<T>(T value, Throwable failure) {

    static <T> Outcome<T> of(T value) {
      return new Outcome<>(value, null);
    }

    /** A runtime exception or an error: the work declares no checked exception. */
    static <T> Outcome<T> failed(Throwable failure) {
      return new Outcome<>(null, failure);
    }

    T valueOrThrow() {
      if (failure instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (failure instanceof Error error) {
        throw error;
      }
      return value;
    }
  }
}
