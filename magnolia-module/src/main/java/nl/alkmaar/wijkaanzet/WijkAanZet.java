package nl.alkmaar.wijkaanzet;

import java.util.ServiceLoader;

/**
 * Where servlets and {@code wijkfn} find the runtime. Magnolia creates both with no-argument
 * constructors, so they cannot be handed one; the standalone host installs its own before it starts
 * Jetty, inside Magnolia the first caller builds the Magnolia-backed one (the {@link
 * RuntimeFactory} the module's jar names).
 *
 * <p>A runtime built here is also stopped here: Magnolia has no hook for a module without a module
 * class, but it destroys the module's servlets when the webapp stops (and when it reloads its
 * filter chain). When the last of them is destroyed the runtime's mail thread stops and the runtime
 * is forgotten; the next request builds a fresh one. A runtime a host installed is the host's to
 * close.
 */
public final class WijkAanZet {

  private static final Object LOCK = new Object();
  private static volatile CampaignRuntimes runtimes;
  private static boolean builtHere;
  private static int liveServlets;
  private static boolean stopped;

  private WijkAanZet() {}

  /** The main campaign's runtime: what every address means without {@code ?campagne=}. */
  public static WijkAanZetRuntime runtime() {
    return runtimes().main();
  }

  /** Every campaign this host runs, the main one first. */
  public static CampaignRuntimes runtimes() {
    CampaignRuntimes current = runtimes;
    if (current != null) {
      return current;
    }
    synchronized (LOCK) {
      if (runtimes == null) {
        if (stopped) {
          throw new ModuleStoppedException();
        }
        runtimes = factory().create();
        builtHere = true;
      }
      return runtimes;
    }
  }

  public static void install(WijkAanZetRuntime installed) {
    install(CampaignRuntimes.of(installed));
  }

  public static void install(CampaignRuntimes installed) {
    synchronized (LOCK) {
      runtimes = installed;
      builtHere = false;
      stopped = false;
    }
  }

  /** Forgets the runtimes, so a host that stops (or a test) leaves nothing behind. */
  public static void uninstall() {
    synchronized (LOCK) {
      runtimes = null;
      builtHere = false;
      stopped = false;
    }
  }

  /** A module servlet was initialised. */
  public static void servletStarted() {
    synchronized (LOCK) {
      liveServlets++;
      stopped = false;
    }
  }

  /**
   * A module servlet was destroyed; after the last one a runtime built here stops its mail thread,
   * under the lock, so nothing builds the next runtime before that thread has finished.
   */
  public static void servletStopped() {
    synchronized (LOCK) {
      liveServlets = Math.max(0, liveServlets - 1);
      if (liveServlets == 0 && builtHere) {
        stopped = true;
        CampaignRuntimes stopping = runtimes;
        runtimes = null;
        builtHere = false;
        stopping.close();
      }
    }
  }

  private static RuntimeFactory factory() {
    return ServiceLoader.load(RuntimeFactory.class, WijkAanZet.class.getClassLoader())
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no RuntimeFactory in META-INF/services"));
  }
}
