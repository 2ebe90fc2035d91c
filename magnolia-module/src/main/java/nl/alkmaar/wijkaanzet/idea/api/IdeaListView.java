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

  /** The orders a resident can choose, the first the default. */
  public static final List<String> ORDERS = List.of("nieuw", "oud", "steun", "titel");

  /**
   * The list as the component shows it: the points of one category (or all, for an empty or unknown
   * {@code category}) in the chosen order (an unknown one is the default), with the categories to
   * choose from and how many points each has.
   */
  public static Map<String, Object> page(
      WijkAanZetRuntime runtime, String wijk, String category, String order) {
    List<Map<String, Object>> all = build(runtime, wijk);
    Campaign campaign = runtime.campaigns().active();
    String chosenCategory =
        campaign.categories().stream()
            .map(Category::id)
            .filter(id -> id.equals(category))
            .findFirst()
            .orElse("");
    String chosenOrder = ORDERS.contains(order) ? order : ORDERS.get(0);
    List<Map<String, Object>> shown =
        new java.util.ArrayList<>(
            all.stream()
                .filter(
                    idea ->
                        chosenCategory.isEmpty() || chosenCategory.equals(idea.get("categoryId")))
                .sorted(comparator(chosenOrder))
                .toList());
    if ("oud".equals(chosenOrder)) {
      java.util.Collections.reverse(shown);
    }
    List<Map<String, Object>> categories =
        campaign.categories().stream()
            .map(
                known -> {
                  Map<String, Object> option = new LinkedHashMap<>();
                  option.put("id", known.id());
                  option.put("name", known.name());
                  option.put(
                      "count",
                      all.stream()
                          .filter(idea -> known.id().equals(idea.get("categoryId")))
                          .count());
                  option.put("selected", known.id().equals(chosenCategory));
                  return option;
                })
            .filter(option -> ((Long) option.get("count")) > 0 || (Boolean) option.get("selected"))
            .toList();
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("ideas", shown);
    view.put("total", all.size());
    view.put("shown", shown.size());
    view.put("category", chosenCategory);
    view.put("order", chosenOrder);
    view.put("orders", ORDERS);
    view.put("categories", categories);
    return view;
  }

  /**
   * {@code all} comes newest first, which the stable sort keeps as the tie-breaker; oldest first is
   * that list turned round.
   */
  private static Comparator<Map<String, Object>> comparator(String order) {
    java.text.Collator dutch =
        java.text.Collator.getInstance(java.util.Locale.forLanguageTag("nl"));
    return switch (order) {
      case "steun" ->
          Comparator.comparing((Map<String, Object> idea) -> (Integer) idea.get("otherSubmitters"))
              .reversed();
      case "titel" -> Comparator.comparing(idea -> (String) idea.get("title"), dutch);
      default -> (a, b) -> 0;
    };
  }

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
    view.put("categoryId", idea.category());
    view.put("location", Objects.toString(idea.location(), ""));
    view.put("status", idea.status().name().toLowerCase(java.util.Locale.ROOT));
    view.put(
        "thumbnail", idea.hasPhoto() ? api.apply("/ideas/" + idea.id() + "/photo/thumbnail") : "");
    return view;
  }
}
