package nl.alkmaar.wijkaanzet.standalone.demo;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.alkmaar.wijkaanzet.WijkAanZetRuntime;
import nl.alkmaar.wijkaanzet.campaign.Campaign;
import nl.alkmaar.wijkaanzet.campaign.PhaseKind;
import nl.alkmaar.wijkaanzet.campaign.Wijk;
import nl.alkmaar.wijkaanzet.idea.AuditEntry;
import nl.alkmaar.wijkaanzet.idea.Channel;
import nl.alkmaar.wijkaanzet.idea.Idea;
import nl.alkmaar.wijkaanzet.idea.IdeaStatus;
import nl.alkmaar.wijkaanzet.idea.ModerationAction;
import nl.alkmaar.wijkaanzet.idea.ModerationDecision;
import nl.alkmaar.wijkaanzet.idea.ReferenceGenerator;
import nl.alkmaar.wijkaanzet.idea.Submitter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Four published example verbeterpunten in every wijk of a campaign that has no points yet (the
 * next four of twelve, so neighbouring wijken differ), so a newcomer (and a browser test) can see
 * the wijk pages, the vote bars and the ballot at any {@code --clock}. Made-up texts, no personal
 * data; only with the demo on (the command line's default, or {@code --demo-punten}).
 */
public final class DemoIdeas {

  private static final Logger LOG = LoggerFactory.getLogger(DemoIdeas.class);

  private record Example(String title, String description, String category, String location) {}

  private static final List<Example> EXAMPLES =
      List.of(
          new Example(
              "Meer bankjes langs het water",
              "Oudere buren willen onderweg even kunnen zitten. Twee of drie bankjes langs het"
                  + " water zouden helpen.",
              "leefbaarheid",
              null),
          new Example(
              "Veilig oversteken bij de school",
              "Kinderen steken 's ochtends over tussen geparkeerde auto's. Een zebrapad met een"
                  + " drempel maakt het veiliger.",
              "verkeer",
              "bij de basisschool"),
          new Example(
              "Een speelplek voor de kleintjes",
              "Er is geen plek waar kinderen tot zes jaar veilig kunnen spelen. Een klein"
                  + " speelveld met een hek zou mooi zijn.",
              "spelen",
              null),
          new Example(
              "Bloemen en bomen in de straat",
              "De straat is erg grijs. Geveltuinen en een paar bomen maken het groener en koeler"
                  + " in de zomer.",
              "groen",
              null),
          new Example(
              "Meer prullenbakken bij het winkelcentrum",
              "Na het weekend ligt er veel zwerfafval rond de winkels. Een paar extra prullenbakken"
                  + " en vaker legen zou schelen.",
              "leefbaarheid",
              "bij het winkelcentrum"),
          new Example(
              "Betere verlichting op het fietspad",
              "In de winter is het fietspad naar het station 's avonds erg donker. Meer lantaarns"
                  + " maken het veiliger.",
              "veiligheid",
              null),
          new Example(
              "Een ontmoetingsplek voor jongeren",
              "Jongeren hebben geen plek om af te spreken. Een overdekte plek met een bank en"
                  + " wifi zou ze een eigen plek geven.",
              "anders",
              null),
          new Example(
              "Een moestuin voor de buurt",
              "Op het braakliggende veldje kan een moestuin komen waar buren samen groente"
                  + " kweken.",
              "groen",
              "het veldje achter de school"),
          new Example(
              "Langzamer rijden in de woonstraten",
              "Auto's rijden hard door de smalle straten. Drempels of een 30-kilometerzone"
                  + " maken het rustiger.",
              "verkeer",
              null),
          new Example(
              "Een basketbalveld",
              "Het oude trapveldje wordt weinig gebruikt. Met een basketbalpaal en nieuwe"
                  + " lijnen komen er weer kinderen spelen.",
              "spelen",
              null),
          new Example(
              "Bankjes en schaduw op het plein",
              "Op het plein kun je nergens zitten en in de zomer is het er heet. Bomen en"
                  + " bankjes maken het een fijne plek.",
              "leefbaarheid",
              "het plein"),
          new Example(
              "Een hondenuitlaatplek",
              "Honden worden nu in het park uitgelaten waar kinderen spelen. Een eigen"
                  + " uitlaatplek met een hek lost dat op.",
              "anders",
              null));

  /** Points per wijk; each wijk gets the next four examples, so neighbours differ. */
  private static final int PER_WIJK = 4;

  private DemoIdeas() {}

  /**
   * Puts the examples in every wijk, published, unless the campaign has points already.
   *
   * @return whether they were put in
   */
  public static boolean addIfEmpty(WijkAanZetRuntime runtime) {
    Campaign campaign = runtime.campaigns().active();
    if (runtime.ideas().statistics(campaign.id()).total() > 0) {
      return false;
    }
    Instant submitted =
        campaign.phases().stream()
            .filter(phase -> phase.kind() == PhaseKind.MEEDENKEN)
            .findFirst()
            .orElseThrow()
            .start()
            .atTime(LocalTime.NOON)
            .atZone(campaign.timeZone())
            .toInstant();
    ReferenceGenerator references = new ReferenceGenerator(new SecureRandom());
    int count = 0;
    List<Wijk> wijken = campaign.wijken();
    for (int w = 0; w < wijken.size(); w++) {
      Wijk wijk = wijken.get(w);
      for (int e = 0; e < PER_WIJK; e++) {
        Example example = EXAMPLES.get((w * PER_WIJK + e) % EXAMPLES.size());
        String reference = references.next();
        Idea idea =
            new Idea(
                reference.toLowerCase(Locale.ROOT),
                reference,
                campaign.id(),
                wijk.id(),
                example.title(),
                example.description(),
                example.category(),
                example.location(),
                IdeaStatus.INGEDIEND,
                Channel.ONLINE,
                null,
                submitted.plusSeconds(count * 60L),
                false);
        runtime
            .ideas()
            .create(
                idea,
                new Submitter("Voorbeeld", null, submitted),
                new AuditEntry(submitted, "demo", "ingediend", "voorbeeldpunt (--demo)"),
                Optional.empty(),
                Optional.empty());
        runtime
            .ideas()
            .moderate(
                campaign.id(),
                idea.id(),
                0,
                ModerationDecision.of(
                    ModerationAction.PUBLISH,
                    new AuditEntry(submitted, "demo", ModerationAction.PUBLISH.dutch(), null),
                    List.of()));
        count++;
      }
    }
    LOG.info("{} demo verbeterpunten added ({} per wijk)", count, PER_WIJK);
    return true;
  }
}
