package nl.alkmaar.wijkaanzet.idea.api;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.alkmaar.wijkaanzet.WijkAanZetRuntime;
import nl.alkmaar.wijkaanzet.campaign.Campaign;
import nl.alkmaar.wijkaanzet.campaign.Category;
import nl.alkmaar.wijkaanzet.idea.Idea;
import nl.alkmaar.wijkaanzet.idea.IdeaStatus;
import nl.alkmaar.wijkaanzet.idea.ModeratedIdea;
import nl.alkmaar.wijkaanzet.idea.Summaries;

/**
 * The published points of a wijk for the list component: public fields only, plus how many merged
 * points each one speaks for (a count, never who).
 */
public final class IdeaListView {

  private IdeaListView() {}

  public static List<Map<String, Object>> build(WijkAanZetRuntime runtime, String wijk) {
    Campaign campaign = runtime.campaigns().active();
    if (wijk == null || campaign.wijk(wijk).isEmpty()) {
      return List.of();
    }
    return runtime.ideas().queue(campaign.id(), wijk, IdeaStatus.GEPUBLICEERD).stream()
        .sorted(
            Comparator.comparing((ModeratedIdea point) -> point.idea().submittedAt()).reversed())
        .map(point -> view(point, campaign, runtime.web()::api))
        .toList();
  }

  private static Map<String, Object> view(
      ModeratedIdea point, Campaign campaign, java.util.function.UnaryOperator<String> api) {
    Idea idea = point.idea();
    Map<String, Object> view = new LinkedHashMap<>();
    // Merged points' anchors land here, so old links to them lead to the point they became.
    view.put("mergedIds", point.mergedFrom());
    view.put("otherSubmitters", point.mergedFrom().size());
    view.put("id", idea.id());
    view.put("title", idea.title());
    view.put("summary", Summaries.of(idea.description()));
    view.put(
        "category",
        campaign.categories().stream()
            .filter(category -> category.id().equals(idea.category()))
            .map(Category::name)
            .findFirst()
            .orElse(idea.category()));
    view.put("location", Objects.toString(idea.location(), ""));
    view.put("status", idea.status().name().toLowerCase(java.util.Locale.ROOT));
    view.put(
        "thumbnail", idea.hasPhoto() ? api.apply("/ideas/" + idea.id() + "/photo/thumbnail") : "");
    return view;
  }
}
