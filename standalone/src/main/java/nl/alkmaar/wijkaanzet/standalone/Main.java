package nl.alkmaar.wijkaanzet.standalone;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import nl.alkmaar.wijkaanzet.campaign.ConfigException;
import nl.alkmaar.wijkaanzet.standalone.vote.VoteCodesCommand;

/**
 * {@code java -jar wijkaanzet-standalone.jar}: starts the host and prints where it runs; with
 * {@code gebruiker-toevoegen} first, adds a user instead (see {@link AddUserCommand}); with {@code
 * stemcodes}, prints new letter codes (see {@link VoteCodesCommand}). Problems the operator can fix
 * end the start with one Dutch message and exit code 2, never a stack trace.
 */
public final class Main {

  private Main() {}

  public static void main(String[] args) throws InterruptedException {
    if (args.length > 0 && args[0].equals(AddUserCommand.NAME)) {
      addUser(Arrays.copyOfRange(args, 1, args.length));
      return;
    }
    if (args.length > 0 && args[0].equals(VoteCodesCommand.NAME)) {
      voteCodes(Arrays.copyOfRange(args, 1, args.length));
      return;
    }
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
    if (!host.demoAccounts().isEmpty()) {
      System.out.println(host.demoAccounts());
    }
    System.out.flush();
    host.join();
  }

  private static void voteCodes(String[] args) {
    try {
      System.out.print(VoteCodesCommand.run(args, System.getenv()));
      System.out.flush();
    } catch (StandaloneOptions.OptionsException e) {
      if (e.getMessage() != null) {
        System.err.println(e.getMessage());
      }
      System.err.print(VoteCodesCommand.USAGE);
      System.exit(e.getMessage() == null ? 0 : 2);
    } catch (ConfigException | StartupException e) {
      System.err.println(e.getMessage());
      System.exit(2);
    }
  }

  private static void addUser(String[] args) {
    try {
      String done =
          AddUserCommand.run(
              args,
              System.getenv(),
              System.console(),
              new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)));
      System.out.println(done);
    } catch (StandaloneOptions.OptionsException e) {
      if (e.getMessage() != null) {
        System.err.println(e.getMessage());
      }
      System.err.print(AddUserCommand.USAGE);
      System.exit(e.getMessage() == null ? 0 : 2);
    } catch (AddUserCommand.PasswordException | ConfigException e) {
      System.err.println(e.getMessage());
      System.exit(2);
    }
  }
}
