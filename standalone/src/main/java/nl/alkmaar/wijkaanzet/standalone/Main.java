package nl.alkmaar.wijkaanzet.standalone;

import nl.alkmaar.wijkaanzet.campaign.ConfigException;

/**
 * {@code java -jar wijkaanzet-standalone.jar}: starts the host and prints where it runs. Problems
 * the operator can fix end the start with one Dutch message and exit code 2, never a stack trace.
 */
public final class Main {

  private Main() {}

  public static void main(String[] args) throws InterruptedException {
    StandaloneOptions options;
    try {
      options = StandaloneOptions.parse(args, System.getenv());
    } catch (StandaloneOptions.OptionsException e) {
      if (e.getMessage() != null) {
        System.err.println(e.getMessage());
      }
      System.err.print(StandaloneOptions.USAGE);
      System.exit(e.getMessage() == null ? 0 : 2);
      return;
    } catch (ConfigException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    StandaloneHost host;
    try {
      host = StandaloneHost.start(options);
    } catch (ConfigException | StartupException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(host::close, "shutdown"));
    System.out.println("Wij(k) aan zet! draait op " + host.baseUri());
    System.out.flush();
    host.join();
  }
}
