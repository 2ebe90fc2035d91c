package nl.alkmaar.wijkaanzet;

/**
 * The webapp is stopping: the module's servlets were destroyed and no runtime is built any more.
 * Servlets answer 503 ("try again"), which a request that slipped in during a stop deserves.
 */
public final class ModuleStoppedException extends RuntimeException {

  public ModuleStoppedException() {
    super("the wijkaanzet module is stopped");
  }
}
