package nl.alkmaar.wijkaanzet.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.alkmaar.wijkaanzet.campaign.Campaign;
import nl.alkmaar.wijkaanzet.campaign.CampaignFiles;
import nl.alkmaar.wijkaanzet.campaign.CampaignService;
import nl.alkmaar.wijkaanzet.campaign.JcrCampaignStore;
import nl.alkmaar.wijkaanzet.campaign.Wijk;
import nl.alkmaar.wijkaanzet.jcr.MemoryRepository;
import nl.alkmaar.wijkaanzet.validation.FieldError;
import nl.alkmaar.wijkaanzet.validation.InvalidInputException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The settings screen's rules on a real Jackrabbit: posted as the form names its fields, checked by
 * the configuration file's reader and by what the campaign is used for; nothing is saved when
 * anything is wrong.
 */
class CampaignSettingsTest {

  @RegisterExtension final MemoryRepository memory = new MemoryRepository();

  private JcrCampaignStore store;
  private CampaignSettings settings;
  private final Use use = new Use();

  @BeforeEach
  void start() {
    store = new JcrCampaignStore(memory.sessions());
    CampaignService campaigns =
        CampaignService.start(store, Clock.systemUTC(), CampaignFiles.bundled(), true);
    settings = new CampaignSettings(campaigns, use);
  }

  @Test
  void aPhaseDateTypedTheDutchWayTakesEffectAtOnce() {
    Campaign changed = post(Map.of("phases-3-end", "25-5-2024"));

    assertEquals(LocalDate.of(2024, 5, 25), changed.phases().get(3).end());
    assertEquals(changed, store.load(changed.id()).orElseThrow());
  }

  @Test
  void aLineBreakOrControlCharacterNeverReachesATitle() {
    Campaign changed =
        post(
            Map.of("title", "Wij(k)\r\nBcc: iedereen@example.org\u0007", "intro", "Een.\r\nTwee."));

    assertEquals("Wij(k) Bcc: iedereen@example.org", changed.title());
    assertEquals("Een.\nTwee.", changed.intro());
  }

  @Test
  void aDateThatDoesNotExistIsNamedAndNothingIsSaved() {
    long revision = store.revision("alkmaar-2024");

    List<FieldError> errors = refused(Map.of("phases-1-start", "31-2-2024"));

    assertEquals(
        List.of(
            new FieldError(
                "phases-1-start",
                "Deze datum bestaat niet. Schrijf de datum als dag-maand-jaar, zoals 14-5-2024.")),
        errors);
    assertEquals(revision, store.revision("alkmaar-2024"));
  }

  @Test
  void theFilesRulesSpeakThroughTheFormsLabels() {
    List<FieldError> errors =
        refused(Map.of("title", "", "phases-2-start", "1-3-2024", "rules-winnersPerWijk", "drie"));

    assertEquals(
        List.of(
            new FieldError("title", "Titel van de campagne: vul dit in."),
            new FieldError(
                "phases-2-start",
                "Fase Ideeën bekijken, begindatum: deze fase begint niet na het einde van"
                    + " 'meedenken' (2024-04-30). Zet de datums op volgorde."),
            new FieldError(
                "rules-winnersPerWijk", "Gekozen punten per wijk: hier hoort een heel getal.")),
        errors);
  }

  @Test
  void aNewWijkGetsItsAddressFromItsNameAndResidentsAsPeopleWriteThem() {
    int row = SettingsForm.of(settings.current()).rows(SettingsForm.ListKind.WIJKEN);

    Campaign changed =
        post(
            Map.of(
                "wijken-" + row + "-name", "Sint Pancras-Noord",
                "wijken-" + row + "-residents", "4.210"));

    assertEquals(
        new Wijk("sint-pancras-noord", "Sint Pancras-Noord", null, 4210),
        changed.wijken().get(row));
  }

  @Test
  void aNewWijkWithTheNameOfAnExistingOneIsPointedOutAtItsName() {
    int row = SettingsForm.of(settings.current()).rows(SettingsForm.ListKind.WIJKEN);

    List<FieldError> errors = refused(Map.of("wijken-" + row + "-name", "Oudorp"));

    assertEquals(
        List.of(
            new FieldError(
                "wijken-" + row + "-name",
                "Nieuwe wijk, naam: deze waarde komt al eerder in de lijst voor.")),
        errors);
  }

  @Test
  void aWijkWithPointsStaysAndOneWithoutCanGo() {
    use.pointsPerWijk.put("centrum", 3);

    List<FieldError> errors = refused(Map.of("wijken-0-weg", "ja"));
    Campaign changed = post(Map.of("wijken-6-weg", "ja"));

    assertEquals(
        List.of(
            new FieldError(
                "wijken-0-weg",
                "Wijk Centrum heeft al 3 verbeterpunten. Een wijk met punten kunt u niet weghalen.")),
        errors);
    assertTrue(changed.wijk("vroonermeer").isEmpty());
  }

  @Test
  void theBallotsShapeIsFixedOnceSomeoneVoted() {
    use.ballots = 1;

    List<FieldError> errors = refused(Map.of("rules-choicesPerBallot", "4"));

    assertEquals("rules-choicesPerBallot", errors.get(0).field());
    assertEquals(3, settings.current().rules().choicesPerBallot());
  }

  @Test
  void aSaveByAnotherEditorMeanwhileIsPointedOut() {
    String seen = settings.stand();
    post(Map.of("title", "Eerst"));

    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () -> settings.change(form(Map.of("title", "Daarna")), seen));

    assertEquals(CampaignSettings.CHANGED_MEANWHILE, refused.errors().get(0).message());
    assertEquals("Eerst", settings.current().title());
  }

  private Campaign post(Map<String, String> changes) {
    return settings.change(form(changes), settings.stand());
  }

  private List<FieldError> refused(Map<String, String> changes) {
    return assertThrows(
            InvalidInputException.class, () -> settings.change(form(changes), settings.stand()))
        .errors();
  }

  /** The form as the screen shows it, with some fields typed over. */
  private SettingsForm form(Map<String, String> changes) {
    Map<String, String> fields = new HashMap<>(SettingsForm.of(settings.current()).values());
    fields.putAll(changes);
    return SettingsForm.posted(fields::get, settings.current());
  }

  /** What the campaign is used for, as each test sets it. */
  private static final class Use implements CampaignUse {
    final Map<String, Integer> pointsPerWijk = new HashMap<>();
    int ballots;

    @Override
    public Map<String, Integer> pointsPerWijk() {
      return pointsPerWijk;
    }

    @Override
    public Map<String, Integer> pointsPerCategory() {
      return Map.of();
    }

    @Override
    public int ballots() {
      return ballots;
    }

    @Override
    public boolean resultsPublished() {
      return false;
    }
  }
}
