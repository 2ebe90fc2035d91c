package info.magnolia.context;

/**
 * Test double of Magnolia's MgnlContext, with only the members our reflection adapters call, so the
 * adapters can be driven without Magnolia's jars. Lives in test code only.
 */
public final class MgnlContext {

  /** Magnolia's operation type for doInSystemContext. */
  public interface Op<T, E extends Throwable> {
    T exec() throws E;
  }

  public static SystemContext systemContext;
  public static Object user;
  public static boolean instance = true;
  public static int systemContextDepth;
  public static int systemContextCalls;

  private MgnlContext() {}

  public static <T, E extends Throwable> T doInSystemContext(Op<T, E> op) throws E {
    systemContextCalls++;
    systemContextDepth++;
    try {
      return op.exec();
    } finally {
      systemContextDepth--;
    }
  }

  public static SystemContext getSystemContext() {
    if (systemContextDepth == 0) {
      throw new IllegalStateException("system context used outside doInSystemContext");
    }
    return systemContext;
  }

  public static boolean hasInstance() {
    return instance;
  }

  public static Object getUser() {
    return user;
  }
}
