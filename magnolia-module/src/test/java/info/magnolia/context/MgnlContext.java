package info.magnolia.context;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

/**
 * Test double of Magnolia's MgnlContext with only the members our reflection adapters call, so the
 * adapters can be driven without Magnolia's jars. Lives in test code only.
 *
 * <p>It behaves as Magnolia 5.0's source does (ekirkilevics/Magnolia, MgnlContext l.375-488 and
 * JCRSessionPerThreadSystemContext): {@code doInSystemContext(op, release)} makes the system
 * context current for the operation and, only when {@code exec()} returned normally and {@code
 * release} is set, releases the system sessions this thread opened. Sessions opened and not
 * released stay open on their thread, which is the leak the adapter must avoid off request threads.
 */
public final class MgnlContext {

  /** Magnolia's operation type for doInSystemContext. */
  public interface Op<T, E extends Throwable> {
    T exec() throws E;
  }

  /** Opens the system session of a workspace for the calling thread (a real Jackrabbit login). */
  public interface SessionOpener {
    Session open(String workspace) throws RepositoryException;
  }

  public static SystemContext systemContext;
  public static Object user;

  /** Whether the calling thread has a context of its own (a request thread, in Magnolia). */
  public static boolean instance = true;

  public static int systemContextCalls;
  public static SessionOpener opener;

  private static final ThreadLocal<Boolean> IN_SYSTEM_CONTEXT =
      ThreadLocal.withInitial(() -> false);
  private static final Map<Thread, List<Session>> OPEN = new ConcurrentHashMap<>();
  private static final Map<String, Integer> OPENED_BY_THREAD = new ConcurrentHashMap<>();
  private static final Map<String, Integer> RELEASED_BY_THREAD = new ConcurrentHashMap<>();

  private MgnlContext() {}

  public static void reset() {
    systemContext = null;
    user = null;
    instance = true;
    systemContextCalls = 0;
    opener = null;
    OPEN.clear();
    OPENED_BY_THREAD.clear();
    RELEASED_BY_THREAD.clear();
  }

  public static <T, E extends Throwable> T doInSystemContext(Op<T, E> op) throws E {
    return doInSystemContext(op, false);
  }

  public static <T, E extends Throwable> T doInSystemContext(Op<T, E> op, boolean release)
      throws E {
    systemContextCalls++;
    boolean outer = IN_SYSTEM_CONTEXT.get();
    IN_SYSTEM_CONTEXT.set(true);
    try {
      T result = op.exec();
      if (release) {
        release();
      }
      return result;
    } finally {
      IN_SYSTEM_CONTEXT.set(outer);
    }
  }

  /** The session of the current context: here always the system context's, per thread. */
  public static Session getJCRSession(String workspace) throws RepositoryException {
    if (!IN_SYSTEM_CONTEXT.get()) {
      throw new IllegalStateException("no system context on this thread");
    }
    if (systemContext != null) {
      return systemContext.getJCRSession(workspace);
    }
    Session session = opener.open(workspace);
    OPEN.computeIfAbsent(Thread.currentThread(), thread -> new ArrayList<>()).add(session);
    OPENED_BY_THREAD.merge(Thread.currentThread().getName(), 1, Integer::sum);
    return session;
  }

  /** Logs out the system sessions of this thread (ThreadDependentSystemContext.releaseThread). */
  public static void release() {
    List<Session> sessions = OPEN.remove(Thread.currentThread());
    if (sessions != null) {
      sessions.forEach(Session::logout);
      RELEASED_BY_THREAD.merge(Thread.currentThread().getName(), sessions.size(), Integer::sum);
    }
  }

  /** System sessions opened on a thread and still open. */
  public static int openOn(Thread thread) {
    List<Session> sessions = OPEN.get(thread);
    return sessions == null ? 0 : sessions.size();
  }

  /** System sessions opened by threads of this name, over the test. */
  public static int openedBy(String threadName) {
    return OPENED_BY_THREAD.getOrDefault(threadName, 0);
  }

  /** System sessions released by threads of this name, over the test. */
  public static int releasedBy(String threadName) {
    return RELEASED_BY_THREAD.getOrDefault(threadName, 0);
  }

  @Deprecated
  public static SystemContext getSystemContext() {
    if (!IN_SYSTEM_CONTEXT.get()) {
      throw new IllegalStateException("system context used outside doInSystemContext");
    }
    return systemContext;
  }

  /** Inside doInSystemContext the system context is current; otherwise as {@link #instance}. */
  public static boolean hasInstance() {
    return IN_SYSTEM_CONTEXT.get() || instance;
  }

  public static Object getUser() {
    return user;
  }
}
