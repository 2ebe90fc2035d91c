package nl.alkmaar.wijkaanzet.standalone.vote;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.alkmaar.wijkaanzet.campaign.Campaign;
import nl.alkmaar.wijkaanzet.campaign.CampaignFiles;
import nl.alkmaar.wijkaanzet.campaign.Wijk;
import nl.alkmaar.wijkaanzet.standalone.StandaloneOptions.OptionsException;
import nl.alkmaar.wijkaanzet.vote.LetterCodes;
import nl.alkmaar.wijkaanzet.vote.VoterKeys;

/**
 * {@code stemcodes --wijk <id> --aantal <n> [--data ./data] [--config campagne.yaml]}: makes new
 * letter codes for a wijk and prints them as CSV ({@code wijk,code}) for the mail merge. Only their
 * keys are kept, in the host's code inbox, so it works while the host runs; the codes themselves
 * exist only in this output.
 */
public final class VoteCodesCommand {

  public static final String NAME = "stemcodes";
  static final int MOST = 200_000;

  public static final String USAGE =
      """
      Gebruik: java -jar wijkaanzet-standalone.jar stemcodes --wijk <id> --aantal <n> [opties]
        --wijk <id>          de wijk, bijvoorbeeld oudorp
        --aantal <n>         hoeveel codes (1 tot 200000)
        --data <map>         map van de host (standaard ./data)
        --config <bestand>   campagnebestand, als de host er een gebruikt
      De codes komen als CSV (wijk,code) op de standaarduitvoer, bijvoorbeeld:
        java -jar wijkaanzet-standalone.jar stemcodes --wijk oudorp --aantal 500 > oudorp.csv
      Bewaar dat bestand zorgvuldig: wie een code heeft, kan er één keer mee stemmen.
      """;

  record Request(Path data, Optional<Path> config, String wijk, int count) {}

  private VoteCodesCommand() {}

  /** Makes the codes and returns the CSV text; a problem throws with a Dutch message. */
  public static String run(String[] args, Map<String, String> environment) {
    Request request = parse(args);
    Campaign campaign = request.config().map(CampaignFiles::read).orElseGet(CampaignFiles::bundled);
    if (campaign.wijk(request.wijk()).isEmpty()) {
      throw new OptionsException(
          "De wijk '"
              + request.wijk()
              + "' kennen we niet. Wijken: "
              + String.join(", ", campaign.wijken().stream().map(Wijk::id).toList())
              + ".");
    }
    VoterKeys keys = new VoterKeys(VoterSecretFile.load(request.data(), environment));
    List<String> codes = LetterCodes.generate(new SecureRandom(), request.count());
    new CodeInboxFolder(request.data(), campaign.id(), false)
        .leave(
            request.wijk(),
            codes.stream()
                .map(code -> keys.ofCode(LetterCodes.normalize(code).orElseThrow()))
                .toList());
    StringBuilder csv = new StringBuilder("wijk,code\n");
    codes.forEach(code -> csv.append(request.wijk()).append(',').append(code).append('\n'));
    return csv.toString();
  }

  static Request parse(String[] args) {
    Path data = Path.of("data");
    Optional<Path> config = Optional.empty();
    String wijk = null;
    Integer count = null;
    for (int i = 0; i < args.length; i++) {
      String option = args[i];
      if (option.equals("--help") || option.equals("-h")) {
        throw new OptionsException(null);
      }
      if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
        throw new OptionsException("Na " + option + " hoort een waarde.");
      }
      String value = args[++i];
      switch (option) {
        case "--data" -> data = Path.of(value);
        case "--config" -> config = Optional.of(Path.of(value));
        case "--wijk" -> wijk = value.strip();
        case "--aantal" -> count = count(value);
        default -> throw new OptionsException("De optie '" + option + "' kennen we niet.");
      }
    }
    if (wijk == null) {
      throw new OptionsException("Geef de wijk met --wijk, bijvoorbeeld --wijk oudorp.");
    }
    if (count == null) {
      throw new OptionsException("Geef het aantal codes met --aantal, bijvoorbeeld --aantal 500.");
    }
    return new Request(data, config, wijk, count);
  }

  private static int count(String value) {
    try {
      int count = Integer.parseInt(value.strip());
      if (count >= 1 && count <= MOST) {
        return count;
      }
    } catch (NumberFormatException e) {
      // the message below says what is expected
    }
    throw new OptionsException(
        "Het aantal '" + value + "' kan niet: geef een heel getal van 1 tot " + MOST + ".");
  }
}
