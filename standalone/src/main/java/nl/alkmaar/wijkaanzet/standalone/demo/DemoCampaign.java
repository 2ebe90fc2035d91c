package nl.alkmaar.wijkaanzet.standalone.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import nl.alkmaar.wijkaanzet.WijkAanZetRuntime;
import nl.alkmaar.wijkaanzet.campaign.Campaign;
import nl.alkmaar.wijkaanzet.campaign.Phase;
import nl.alkmaar.wijkaanzet.campaign.PhaseKind;
import nl.alkmaar.wijkaanzet.campaign.Wijk;
import nl.alkmaar.wijkaanzet.execution.ChosenPoint;
import nl.alkmaar.wijkaanzet.execution.ProgressForm;
import nl.alkmaar.wijkaanzet.idea.Idea;
import nl.alkmaar.wijkaanzet.review.ReviewForm;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The living demo: a campaign that has come as far as the clock, filled through the module's own
 * rules, so a newcomer sees every phase with content (points; ballots and live bars; verdicts;
 * published results; progress on the chosen points). Only in a store without points; made-up texts
 * and no personal data.
 *
 * <p>Ballots can only be cast while voting is open, so when the clock is past its start they are
 * cast by a first runtime whose clock stands at noon on voting's first day ({@link #prepare}); the
 * host's own runtime then adds what later phases bring ({@link #complete}).
 */
public final class DemoCampaign {

  private static final Logger LOG = LoggerFactory.getLogger(DemoCampaign.class);

  /** Who the demo's verdicts, results and updates are by (no person). */
  static final String EDITOR = "redactie (demo)";

  /**
   * Ballots per wijk cycle through these choices (indexes into the wijk's points, oldest first):
   * per eight ballots the points get 6, 5, 3 and 2 votes, so no two points tie at the cut-off.
   */
  private static final List<List<Integer>> CHOICES =
      List.of(
          List.of(0, 1, 2),
          List.of(0, 1),
          List.of(0),
          List.of(0, 2, 3),
          List.of(1),
          List.of(0, 1, 3),
          List.of(2),
          List.of(0, 1));

  private DemoCampaign() {}

  /**
   * Puts the example points in an empty campaign and, once voting has started by {@code clock},
   * casts ballots with letter codes in a runtime at the start of voting (closed again here).
   *
   * @param assemble makes a runtime on the host's store with the given clock
   * @return whether the demo was put in (so {@link #complete} follows)
   */
  public static boolean prepare(
      Function<Clock, WijkAanZetRuntime> assemble, Clock clock, Campaign campaign) {
    LocalDate votingStart = phase(campaign, PhaseKind.MEEBESLISSEN).start();
    boolean voted = !today(clock, campaign).isBefore(votingStart);
    Clock early =
        voted
            ? Clock.fixed(
                votingStart.atTime(LocalTime.NOON).atZone(campaign.timeZone()).toInstant(),
                ZoneOffset.UTC)
            : clock;
    WijkAanZetRuntime runtime = assemble.apply(early);
    try {
      if (!DemoIdeas.addIfEmpty(runtime)) {
        return false;
      }
      if (voted) {
        castBallots(runtime, campaign);
      }
      return true;
    } finally {
      runtime.stop();
    }
  }

  /** Verdicts, results and progress as far as the host's clock has come. */
  public static void complete(WijkAanZetRuntime runtime) {
    Campaign campaign = runtime.campaigns().active();
    LocalDate today = today(runtime.clock(), campaign);
    if (today.isBefore(phase(campaign, PhaseKind.HAALBAARHEID).start())) {
      return;
    }
    List<Wijk> wijken = campaign.wijken();
    for (int w = 0; w < wijken.size(); w++) {
      List<Idea> points = points(runtime, wijken.get(w).id());
      for (int p = 0; p < points.size(); p++) {
        // In every third wijk the second point cannot be done: the next one moves up.
        boolean notFeasible = w % 3 == 1 && p == 1;
        runtime.feasibility().review(points.get(p).id(), verdict(notFeasible, p), EDITOR);
      }
    }
    LOG.info("demo verdicts given");
    if (today.isBefore(phase(campaign, PhaseKind.UITSLAG).start())) {
      return;
    }
    runtime.results().publish(EDITOR, Map.of(), null, true);
    LOG.info("demo results published");
    if (today.isBefore(phase(campaign, PhaseKind.UITVOERING).start())) {
      return;
    }
    int n = 0;
    for (ChosenPoint chosen : runtime.execution().chosen(null)) {
      runtime.execution().update(chosen.point().id(), progress(n++, today), EDITOR, -1);
    }
    LOG.info("demo progress posted on {} chosen points", n);
  }

  private static void castBallots(WijkAanZetRuntime runtime, Campaign campaign) {
    List<Wijk> wijken = campaign.wijken();
    ExecutorService senders = Executors.newFixedThreadPool(16);
    try {
      List<Future<?>> sent = new ArrayList<>();
      for (int w = 0; w < wijken.size(); w++) {
        String wijk = wijken.get(w).id();
        List<String> points = points(runtime, wijk).stream().map(Idea::id).toList();
        int ballots = CHOICES.size() * (5 + 2 * w);
        List<String> codes = runtime.voting().issueCodes(wijk, ballots);
        for (int b = 0; b < ballots; b++) {
          List<String> chosen =
              CHOICES.get(b % CHOICES.size()).stream()
                  .filter(index -> index < points.size())
                  .map(points::get)
                  .toList();
          String code = codes.get(b);
          sent.add(senders.submit(() -> runtime.voting().castWithCode(wijk, chosen, code, "demo")));
        }
      }
      for (Future<?> ballot : sent) {
        ballot.get();
      }
      LOG.info("{} demo ballots cast", sent.size());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("demo ballots interrupted", e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException("a demo ballot was refused", e.getCause());
    } finally {
      senders.shutdown();
    }
  }

  /** The wijk's published points, oldest first (the order the examples were put in). */
  private static List<Idea> points(WijkAanZetRuntime runtime, String wijk) {
    return runtime.voting().choosable(wijk).stream()
        .sorted(Comparator.comparing(Idea::submittedAt))
        .toList();
  }

  private static ReviewForm verdict(boolean notFeasible, int point) {
    if (notFeasible) {
      return new ReviewForm(
          "niet-haalbaar",
          "Hier ligt een hoofdleiding onder de grond. Daarom kan hier niets gebouwd worden.",
          "",
          "",
          "",
          "Stadswerk072");
    }
    return new ReviewForm(
        point == 2 ? "voorwaarden" : "haalbaar",
        point == 2
            ? "Dit kan als de buurt helpt met het onderhoud. Daar maken we samen afspraken over."
            : "Dit past in de plannen voor de openbare ruimte en kan volgend jaar klaar zijn.",
        String.valueOf(4_000 + 2_500 * point),
        point == 0 ? "kadernota" : "bestaand",
        point == 0 ? "" : "Openbare Ruimte",
        "Stadswerk072");
  }

  /** Some points are being built, one is done, the rest is planned. */
  private static ProgressForm progress(int n, LocalDate today) {
    return switch (n % 4) {
      case 0 ->
          new ProgressForm(
              "gerealiseerd", "", "Het is klaar. Dank aan iedereen die meedacht en stemde.");
      case 1 ->
          new ProgressForm(
              "in-uitvoering",
              date(today.plusWeeks(6)),
              "De aannemer is begonnen. Er kan een paar weken wat overlast zijn.");
      default ->
          new ProgressForm(
              "gepland",
              date(today.plusMonths(3)),
              "We hebben een plan gemaakt en de opdracht gegeven. We laten weten wanneer we beginnen.");
    };
  }

  private static String date(LocalDate day) {
    return day.getDayOfMonth() + "-" + day.getMonthValue() + "-" + day.getYear();
  }

  private static LocalDate today(Clock clock, Campaign campaign) {
    return Instant.now(clock).atZone(campaign.timeZone()).toLocalDate();
  }

  private static Phase phase(Campaign campaign, PhaseKind kind) {
    return campaign.phases().stream().filter(p -> p.kind() == kind).findFirst().orElseThrow();
  }
}
