package nl.alkmaar.wijkaanzet.idea.moderation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.alkmaar.wijkaanzet.WijkAanZetRuntime;
import nl.alkmaar.wijkaanzet.campaign.Campaign;
import nl.alkmaar.wijkaanzet.idea.AuditEntry;
import nl.alkmaar.wijkaanzet.idea.Idea;
import nl.alkmaar.wijkaanzet.idea.IdeaLifecycle;
import nl.alkmaar.wijkaanzet.idea.IllegalTransitionException;
import nl.alkmaar.wijkaanzet.idea.MergeRules;
import nl.alkmaar.wijkaanzet.idea.ModeratedIdea;
import nl.alkmaar.wijkaanzet.idea.ModerationAction;
import nl.alkmaar.wijkaanzet.idea.SimilarIdeas;
import nl.alkmaar.wijkaanzet.idea.Submitter;

/**
 * The model of one point's moderation screen: the point, its submitter (moderators only), history,
 * the actions its status allows, and the "Vergelijkbare punten" panel of merge candidates.
 */
final class IdeaScreen {

  private IdeaScreen() {}

  static Map<String, Object> model(
      WijkAanZetRuntime runtime, Campaign campaign, ModeratedIdea point, String base) {
    Idea idea = point.idea();
    Map<String, Object> model = new HashMap<>();
    model.put("point", point(runtime, campaign, point, base));
    model.put("wijk", QueueScreen.wijk(campaign, idea.wijk(), base));
    model.put(
        "submitter",
        runtime
            .ideas()
            .submitter(campaign.id(), idea.id())
            .map(IdeaScreen::submitter)
            .orElse(null));
    model.put("ageGroup", idea.ageGroup() == null ? "" : idea.ageGroup().id());
    model.put(
        "history",
        runtime.ideas().history(campaign.id(), idea.id()).stream().map(IdeaScreen::entry).toList());
    Map<String, Boolean> can = new LinkedHashMap<>();
    List<String> blockedActions = new ArrayList<>();
    for (ModerationAction action : ModerationAction.values()) {
      boolean allowed = IdeaLifecycle.allows(idea.status(), action);
      try {
        MergeRules.checkCarriesNoOthers(point, action);
      } catch (IllegalTransitionException carriesOthers) {
        if (allowed) {
          blockedActions.add(toInfinitive(action));
        }
        allowed = false;
      }
      can.put(action.name().toLowerCase(java.util.Locale.ROOT), allowed);
    }
    // Say why actions are missing rather than hiding them silently.
    model.put(
        "blocked",
        blockedActions.isEmpty()
            ? ""
            : "Om dit punt "
                + String.join(" of ", blockedActions)
                + ", maakt u eerst het samenvoegen van de punten hierboven ongedaan, op hun eigen"
                + " pagina. Hun indieners is verteld dat dit punt ook hun idee draagt.");
    model.put("can", can);
    model.put("forwardTo", runtime.moderation().forwardingDestination().orElse(""));
    model.put(
        "reasons",
        campaign.rejectionReasons().stream()
            .map(reason -> Map.of("id", reason.id(), "text", reason.text()))
            .toList());
    model.put(
        "categories",
        campaign.categories().stream()
            .map(category -> Map.of("id", category.id(), "name", category.name()))
            .toList());
    model.put(
        "similar",
        IdeaLifecycle.allows(idea.status(), ModerationAction.MERGE)
            ? similar(runtime, campaign, point, base)
            : List.of());
    return model;
  }

  /** The points merged into this one, with their submitters: the target speaks for all of them. */
  private static List<Map<String, Object>> merged(
      WijkAanZetRuntime runtime, Campaign campaign, ModeratedIdea point, String base) {
    List<Map<String, Object>> merged = new ArrayList<>();
    for (String id : point.mergedFrom()) {
      Optional<Submitter> submitter = runtime.ideas().submitter(campaign.id(), id);
      Map<String, Object> view = new HashMap<>();
      view.put("reference", id.toUpperCase(java.util.Locale.ROOT));
      view.put("url", base + "/punt/" + id);
      view.put("name", submitter.map(Submitter::name).orElse(""));
      view.put("email", submitter.map(Submitter::email).map(Objects::toString).orElse(""));
      merged.add(view);
    }
    return merged;
  }

  private static Map<String, Object> point(
      WijkAanZetRuntime runtime, Campaign campaign, ModeratedIdea point, String base) {
    Idea idea = point.idea();
    Map<String, Object> view = new HashMap<>();
    view.put("id", idea.id());
    view.put("reference", idea.reference());
    view.put("title", idea.title());
    view.put("description", idea.description());
    view.put("categoryId", idea.category());
    view.put("category", campaign.categoryName(idea.category()));
    view.put("location", Objects.toString(idea.location(), ""));
    view.put("status", ScreenWords.status(idea.status()));
    view.put("statusSlug", ScreenWords.slug(idea.status()));
    view.put("channel", ScreenWords.channel(idea.channel()));
    view.put("submittedAt", ScreenWords.dateTime(idea.submittedAt()));
    view.put("photo", idea.hasPhoto() ? base + "/punt/" + idea.id() + "/foto" : "");
    view.put("version", point.version());
    view.put("url", base + "/punt/" + idea.id());
    view.put("mergedInto", point.mergedInto() == null ? "" : base + "/punt/" + point.mergedInto());
    view.put("mergedIntoId", Objects.toString(point.mergedInto(), ""));
    view.put("mergedFrom", merged(runtime, campaign, point, base));
    return view;
  }

  private static Map<String, Object> submitter(Submitter submitter) {
    return Map.of(
        "name", Objects.toString(submitter.name(), ""),
        "email", Objects.toString(submitter.email(), ""),
        "consentAt", ScreenWords.dateTime(submitter.consentAt()));
  }

  private static Map<String, Object> entry(AuditEntry entry) {
    return Map.of(
        "at", ScreenWords.dateTime(entry.at()),
        "actor", Objects.toString(entry.actor(), ""),
        "action", Objects.toString(entry.action(), ""),
        "detail", Objects.toString(entry.detail(), ""));
  }

  /**
   * Submitted and published look-alikes in the same wijk, best first, each with what a merge into
   * it needs.
   */
  private static List<Map<String, Object>> similar(
      WijkAanZetRuntime runtime, Campaign campaign, ModeratedIdea point, String base) {
    Idea idea = point.idea();
    Set<String> exclude = new HashSet<>(point.mergedFrom());
    exclude.add(idea.id());
    List<Map<String, Object>> candidates = new ArrayList<>();
    for (SimilarIdeas.Match match :
        runtime
            .similar()
            .mergeCandidates(
                campaign.id(), idea.wijk(), idea.title() + "\n" + idea.description(), exclude)) {
      Optional<ModeratedIdea> candidate =
          runtime.ideas().forModeration(campaign.id(), match.idea().id());
      if (candidate.isEmpty()) {
        continue;
      }
      Map<String, Object> view = new HashMap<>();
      view.put("id", match.idea().id());
      view.put("reference", match.idea().reference());
      view.put("title", match.idea().title());
      view.put("summary", match.idea().description());
      view.put("score", Math.round(match.score() * 100));
      view.put("status", ScreenWords.status(match.idea().status()));
      view.put("version", candidate.get().version());
      view.put("url", base + "/punt/" + match.idea().id());
      candidates.add(view);
    }
    return candidates;
  }

  /** "af te wijzen": Dutch splits these verbs around "te". */
  private static String toInfinitive(ModerationAction action) {
    return switch (action) {
      case REJECT -> "af te wijzen";
      case FORWARD -> "door te sturen";
      case WITHDRAW -> "terug te trekken";
      default -> "te " + action.dutch();
    };
  }
}
