package nl.alkmaar.wijkaanzet;

import java.util.function.Supplier;
import nl.alkmaar.wijkaanzet.magnolia.MagnoliaRuntimeFactory;

/**
 * Where servlets and {@code wijkfn} find the runtime. Magnolia creates both with no-argument
 * constructors, so they cannot be handed one; the standalone host installs its own before it starts
 * Jetty, inside Magnolia the first caller builds the Magnolia-backed one.
 */
public final class WijkAanZet {

  private static final Object LOCK = new Object();
  private static volatile WijkAanZetRuntime runtime;
  private static Supplier<WijkAanZetRuntime> factory = MagnoliaRuntimeFactory::create;

  private WijkAanZet() {}

  public static WijkAanZetRuntime runtime() {
    WijkAanZetRuntime current = runtime;
    if (current != null) {
      return current;
    }
    synchronized (LOCK) {
      if (runtime == null) {
        runtime = factory.get();
      }
      return runtime;
    }
  }

  public static void install(WijkAanZetRuntime installed) {
    synchronized (LOCK) {
      runtime = installed;
    }
  }

  /** Forgets the runtime, so a host that stops (or a test) leaves nothing behind. */
  public static void uninstall() {
    synchronized (LOCK) {
      runtime = null;
    }
  }
}
