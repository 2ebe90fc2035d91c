package nl.alkmaar.wijkaanzet.magnolia;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import nl.alkmaar.wijkaanzet.jcr.JcrSessions;
import nl.alkmaar.wijkaanzet.jcr.RepositoryFailure;
import nl.alkmaar.wijkaanzet.jcr.SessionWork;

/**
 * JCR sessions inside Magnolia: the work runs in {@code MgnlContext.doInSystemContext(Op)}, which
 * sets up and afterwards releases Magnolia's system context on this thread (also on threads that
 * Magnolia did not start, such as our background writers). The session belongs to that context, so
 * it is never logged out here.
 */
public final class MagnoliaJcrSessions implements JcrSessions {

  static final String OP = "info.magnolia.context.MgnlContext$Op";

  @Override
  public <T> T read(String workspace, SessionWork<T> work) {
    return inSystemContext(workspace, work, false);
  }

  @Override
  public <T> T write(String workspace, SessionWork<T> work) {
    return inSystemContext(workspace, work, true);
  }

  private <T> T inSystemContext(String workspace, SessionWork<T> work, boolean save) {
    Class<?> opType = MagnoliaReflection.type(OP);
    InvocationHandler exec =
        (proxy, method, args) -> {
          if (!method.getName().equals("exec")) {
            return objectMethod(proxy, method.getName(), args);
          }
          return runInSession(workspace, work, save);
        };
    Object op = Proxy.newProxyInstance(opType.getClassLoader(), new Class<?>[] {opType}, exec);
    @SuppressWarnings("unchecked")
    T result =
        (T)
            MagnoliaReflection.callStatic(
                MagnoliaReflection.MGNL_CONTEXT, "doInSystemContext", new Class<?>[] {opType}, op);
    return result;
  }

  private <T> T runInSession(String workspace, SessionWork<T> work, boolean save) {
    Object systemContext =
        MagnoliaReflection.callStatic(
            MagnoliaReflection.MGNL_CONTEXT, "getSystemContext", new Class<?>[0]);
    Session session =
        (Session)
            MagnoliaReflection.call(
                systemContext, "getJCRSession", new Class<?>[] {String.class}, workspace);
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
}
