package nl.alkmaar.wijkaanzet.standalone.vote;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import nl.alkmaar.wijkaanzet.campaign.Campaign;
import nl.alkmaar.wijkaanzet.campaign.Wijk;
import nl.alkmaar.wijkaanzet.standalone.StartupException;
import nl.alkmaar.wijkaanzet.vote.AddressBook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The standalone host's address table: {@code <data>/adressen.csv} when it is there (the
 * municipality's export), else the bundled made-up demo table, which the log says.
 */
public final class AddressTable {

  private static final Logger LOG = LoggerFactory.getLogger(AddressTable.class);
  public static final String FILE = "adressen.csv";

  private AddressTable() {}

  /**
   * The address table of a campaign that runs beside the main one: {@code <data>/adressen-<campaign
   * id>.csv}, or none (then only letter codes work for it).
   */
  public static AddressBook loadBeside(Path dataDir, Campaign campaign) {
    Path file = dataDir.resolve("adressen-" + campaign.id() + ".csv");
    if (!Files.isRegularFile(file)) {
      LOG.info("no {}: campaign {} takes letter codes only", file, campaign.id());
      return AddressBook.empty();
    }
    Set<String> wijken = campaign.wijken().stream().map(Wijk::id).collect(Collectors.toSet());
    try (InputStream in = Files.newInputStream(file)) {
      return AddressBook.read(in, wijken, file.toString());
    } catch (IOException e) {
      throw new StartupException("De adressenlijst " + file + " is niet te lezen.", e);
    } catch (IllegalArgumentException e) {
      throw new StartupException(e.getMessage(), e);
    }
  }

  public static AddressBook load(Path dataDir, Campaign campaign) {
    Set<String> wijken = campaign.wijken().stream().map(Wijk::id).collect(Collectors.toSet());
    Path file = dataDir.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      LOG.info(
          "no {}: the made-up demo address table is used for ballots recorded in person", file);
      return AddressBook.demo(wijken);
    }
    try (InputStream in = Files.newInputStream(file)) {
      return AddressBook.read(in, wijken, file.toString());
    } catch (IOException e) {
      throw new StartupException("De adressenlijst " + file + " is niet te lezen.", e);
    } catch (IllegalArgumentException e) {
      throw new StartupException(e.getMessage(), e);
    }
  }
}
