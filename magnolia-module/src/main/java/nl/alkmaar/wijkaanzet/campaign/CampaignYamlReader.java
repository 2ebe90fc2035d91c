package nl.alkmaar.wijkaanzet.campaign;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import nl.alkmaar.wijkaanzet.jcr.Workspaces;

/**
 * Reads a campaign configuration file (YAML) into a validated {@link Campaign}, or fails with a
 * {@link ConfigException} that lists every bad field.
 */
public final class CampaignYamlReader {

  public static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Amsterdam");
  private static final Pattern CBS_CODE = Pattern.compile("WK\\d{6}");
  private static final Pattern WEBSITE = Pattern.compile("https://[A-Za-z0-9.-]+(/[^\\s]*)?");

  /** Names used for storage next to the wijken, so a wijk may not take them. */
  private static final Set<String> RESERVED_WIJK_IDS =
      Set.of(Workspaces.PRIVATE_FOLDER, "phases", "categories", "rejectionReasons");

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  public Campaign read(String source, InputStream in) {
    return read(source, parse(source, in));
  }

  /**
   * Reads a campaign from a tree in the file's shape, e.g. one the campaign settings screen built
   * from its form, so that the screen and the file are held to the same rules and messages.
   */
  public Campaign read(String source, JsonNode root) {
    if (root == null || !root.isObject()) {
      throw new ConfigException(source, "het bestand is leeg of bevat geen velden.");
    }
    List<ConfigProblem> problems = new ArrayList<>();
    Campaign campaign = readCampaign(new ConfigNode(root, "", problems));
    if (!problems.isEmpty()) {
      throw new ConfigException(source, problems);
    }
    return campaign;
  }

  private static JsonNode parse(String source, InputStream in) {
    try {
      return YAML.readTree(in);
    } catch (JsonProcessingException e) {
      JsonLocation where = e.getLocation();
      String place =
          where == null
              ? ""
              : " (regel " + where.getLineNr() + ", kolom " + where.getColumnNr() + ")";
      throw new ConfigException(
          source,
          "dit is geen geldige YAML"
              + place
              + ". Controleer daar de inspringing, dubbele punten, aanhalingstekens en haakjes.");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Campaign readCampaign(ConfigNode root) {
    root.allowOnly(
        new LinkedHashSet<>(
            List.of(
                "id",
                "title",
                "intro",
                "website",
                "timeZone",
                "phases",
                "wijken",
                "categories",
                "rejectionReasons",
                "rules")));
    String id = root.slug("id");
    String title = root.text("title", true, 120);
    String intro = root.text("intro", false, 2000);
    String website =
        root.matching(
            "website",
            false,
            WEBSITE,
            "schrijf het volledige adres met https://, bijvoorbeeld https://www.alkmaar.nl/wijkaanzet.");
    ZoneId zone = root.zone("timeZone", DEFAULT_ZONE);
    List<Phase> phases = new PhaseListReader().read(root);
    List<Wijk> wijken = root.list("wijken", CampaignYamlReader::readWijk);
    List<Category> categories = root.list("categories", CampaignYamlReader::readCategory);
    requireUnique(root, "wijken", wijken.stream().map(Wijk::id).toList(), "id");
    requireUnique(root, "wijken", wijken.stream().map(Wijk::cbsCode).toList(), "cbsCode");
    requireUnique(root, "categories", categories.stream().map(Category::id).toList(), "id");
    List<RejectionReason> reasons =
        root.has("rejectionReasons")
            ? root.list("rejectionReasons", CampaignYamlReader::readReason)
            : RejectionReason.DEFAULTS;
    requireUnique(
        root, "rejectionReasons", reasons.stream().map(RejectionReason::id).toList(), "id");
    CampaignRules rules = readRules(root.object("rules"));
    return new Campaign(
        id, title, intro, website, zone, phases, wijken, categories, reasons, rules);
  }

  private static Wijk readWijk(ConfigNode node) {
    node.allowOnly(new LinkedHashSet<>(List.of("id", "name", "cbsCode", "residents")));
    String id = node.slug("id");
    if (id != null && RESERVED_WIJK_IDS.contains(id)) {
      node.problem("id", id, "deze naam is gereserveerd. Kies een andere id voor de wijk.");
    }
    String name = node.text("name", true, 80);
    String cbsCode =
        node.matching(
            "cbsCode",
            false,
            CBS_CODE,
            "een CBS-wijkcode is 'WK' met zes cijfers, bijvoorbeeld WK036108.");
    Integer residents = node.integer("residents", false, 0, 10_000_000);
    return new Wijk(id, name, cbsCode, residents);
  }

  private static RejectionReason readReason(ConfigNode node) {
    node.allowOnly(new LinkedHashSet<>(List.of("id", "text")));
    return new RejectionReason(node.slug("id"), node.text("text", true, 300));
  }

  private static Category readCategory(ConfigNode node) {
    node.allowOnly(new LinkedHashSet<>(List.of("id", "name")));
    return new Category(node.slug("id"), node.text("name", true, 60));
  }

  private static CampaignRules readRules(ConfigNode node) {
    if (node == null) {
      return null;
    }
    node.allowOnly(
        new LinkedHashSet<>(
            List.of("choicesPerBallot", "winnersPerWijk", "ballotsChangeable", "nextMovesUp")));
    Integer choices = node.integer("choicesPerBallot", true, 1, 20);
    Integer winners = node.integer("winnersPerWijk", true, 1, 20);
    boolean changeable = node.flag("ballotsChangeable", false);
    boolean nextMovesUp = node.flag("nextMovesUp", true);
    return choices == null || winners == null
        ? null
        : new CampaignRules(choices, winners, changeable, nextMovesUp);
  }

  private static void requireUnique(
      ConfigNode root, String list, List<String> values, String field) {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < values.size(); i++) {
      String value = values.get(i);
      if (value != null && !seen.add(value)) {
        root.problem(
            list + "[" + i + "]." + field, value, "deze waarde komt al eerder in de lijst voor.");
      }
    }
  }
}
