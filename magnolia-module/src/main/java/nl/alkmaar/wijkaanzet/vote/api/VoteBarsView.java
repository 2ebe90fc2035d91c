package nl.alkmaar.wijkaanzet.vote.api;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.alkmaar.wijkaanzet.WijkAanZetRuntime;
import nl.alkmaar.wijkaanzet.campaign.PhaseKind;
import nl.alkmaar.wijkaanzet.campaign.PhaseState;
import nl.alkmaar.wijkaanzet.campaign.PhaseStatus;
import nl.alkmaar.wijkaanzet.idea.Idea;
import nl.alkmaar.wijkaanzet.vote.TallySnapshot;

/**
 * What the vote-bars and ballot components show of a wijk: whether voting is ahead, open or over
 * (with its dates), and each published point with its votes and its share of the voters. Plain maps
 * for the templates.
 */
public final class VoteBarsView {

  private VoteBarsView() {}

  public static Map<String, Object> build(WijkAanZetRuntime runtime, String wijk, String language) {
    Map<String, Object> view = new LinkedHashMap<>();
    PhaseState voting =
        runtime.campaigns().timeline().phases().stream()
            .filter(state -> state.phase().kind() == PhaseKind.MEEBESLISSEN)
            .findFirst()
            .orElseThrow();
    DateTimeFormatter dates =
        DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag(language));
    view.put("state", state(voting.status()));
    view.put("start", dates.format(voting.phase().start()));
    view.put("end", dates.format(voting.phase().end()));
    view.put("choices", runtime.campaigns().active().rules().choicesPerBallot());
    view.put("api", runtime.web().apiPath());
    // A campaign beside the main one: the widget names it in its requests.
    view.put("campaign", runtime.web().campaign());
    view.put("wijk", wijk == null ? "" : wijk);
    if (wijk == null || runtime.campaigns().active().wijk(wijk).isEmpty()) {
      view.put("ballots", 0);
      view.put("points", List.of());
      return view;
    }
    TallySnapshot tally = runtime.voting().tally(wijk);
    Map<String, Idea> ideas = new LinkedHashMap<>();
    runtime.voting().choosable(wijk).forEach(idea -> ideas.put(idea.id(), idea));
    List<Map<String, Object>> points = new ArrayList<>();
    for (TallySnapshot.Count count : tally.points()) {
      Idea idea = ideas.get(count.id());
      if (idea == null) {
        continue;
      }
      Map<String, Object> point = new LinkedHashMap<>();
      point.put("id", idea.id());
      point.put("reference", idea.reference());
      point.put("title", idea.title());
      point.put("votes", count.votes());
      point.put("share", share(count.votes(), tally.ballots()));
      points.add(point);
    }
    view.put("ballots", tally.ballots());
    view.put("points", points);
    return view;
  }

  /** Whole per cent of the voters who chose the point; 0 before anyone voted. */
  static int share(int votes, int ballots) {
    return ballots == 0 ? 0 : Math.round(100f * votes / ballots);
  }

  private static String state(PhaseStatus status) {
    return switch (status) {
      case UPCOMING -> "upcoming";
      case CURRENT -> "open";
      default -> "closed";
    };
  }
}
