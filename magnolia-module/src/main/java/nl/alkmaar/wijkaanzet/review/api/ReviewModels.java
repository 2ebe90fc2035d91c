package nl.alkmaar.wijkaanzet.review.api;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.alkmaar.wijkaanzet.backoffice.ScreenPage;
import nl.alkmaar.wijkaanzet.campaign.Wijk;
import nl.alkmaar.wijkaanzet.idea.Idea;
import nl.alkmaar.wijkaanzet.review.BudgetSource;
import nl.alkmaar.wijkaanzet.review.Review;
import nl.alkmaar.wijkaanzet.review.ReviewForm;
import nl.alkmaar.wijkaanzet.review.ReviewItem;
import nl.alkmaar.wijkaanzet.review.Verdict;
import nl.alkmaar.wijkaanzet.review.WijkProgress;

/**
 * The review screens' page models, as maps: Magnolia's FreeMarker does not read record components.
 */
final class ReviewModels {

  private ReviewModels() {}

  static Map<String, Object> overview(ScreenPage page) {
    List<Map<String, Object>> rows = new ArrayList<>();
    int points = 0;
    int reviewed = 0;
    for (WijkProgress wijk : page.runtime().feasibility().progress()) {
      Map<String, Object> row = new HashMap<>();
      row.put("name", wijk.name());
      row.put("url", page.base() + "/wijk/" + wijk.wijk());
      row.put("points", wijk.points());
      row.put("feasible", wijk.feasible());
      row.put("conditional", wijk.conditional());
      row.put("notFeasible", wijk.notFeasible());
      row.put("open", wijk.open());
      rows.add(row);
      points += wijk.points();
      reviewed += wijk.reviewed();
    }
    return Map.of("rows", rows, "points", points, "reviewed", reviewed, "open", points - reviewed);
  }

  static Map<String, Object> wijk(ScreenPage page, Wijk wijk) {
    List<Map<String, Object>> rows = new ArrayList<>();
    int open = 0;
    for (ReviewItem item : page.runtime().feasibility().wijk(wijk.id())) {
      Map<String, Object> row = new HashMap<>(point(page, item));
      rows.add(row);
      if (item.review().isEmpty()) {
        open++;
      }
    }
    String saved = page.request().getParameter("opgeslagen");
    Map<String, Object> model = new HashMap<>();
    model.put("wijk", Map.of("name", wijk.name(), "url", page.base() + "/wijk/" + wijk.id()));
    model.put("rows", rows);
    model.put("open", open);
    model.put(
        "saved",
        rows.stream()
            .filter(row -> ((String) row.get("id")).equals(saved))
            .map(row -> (String) row.get("reference"))
            .findFirst()
            .orElse(""));
    return model;
  }

  /** One point with its verdict as text (empty strings where there is none). */
  static Map<String, Object> point(ScreenPage page, ReviewItem item) {
    Idea idea = item.idea();
    Map<String, Object> model = new HashMap<>();
    model.put("id", idea.id());
    model.put("reference", idea.reference());
    model.put("title", idea.title());
    model.put("description", idea.description());
    model.put("category", page.runtime().campaigns().active().categoryName(idea.category()));
    model.put("location", idea.location() == null ? "" : idea.location());
    model.put("votes", item.votes());
    model.put("url", page.base() + "/punt/" + idea.id());
    model.put(
        "wijkName",
        page.runtime().campaigns().active().wijk(idea.wijk()).map(Wijk::name).orElse(idea.wijk()));
    model.put("wijkUrl", page.base() + "/wijk/" + idea.wijk());
    model.put("verdict", item.review().map(review -> review.verdict().label()).orElse(""));
    model.put("verdictId", item.review().map(review -> review.verdict().id()).orElse(""));
    model.put("cost", item.review().flatMap(Review::costEuros).map(ReviewModels::euros).orElse(""));
    model.put("reviewer", item.review().map(Review::reviewer).orElse(""));
    return model;
  }

  static Map<String, Object> form(ReviewForm form) {
    List<Map<String, String>> verdicts = new ArrayList<>();
    for (Verdict verdict : Verdict.values()) {
      verdicts.add(Map.of("id", verdict.id(), "label", verdict.label()));
    }
    List<Map<String, String>> budgets = new ArrayList<>();
    for (BudgetSource source : BudgetSource.values()) {
      budgets.add(Map.of("id", source.id(), "label", source.label()));
    }
    Map<String, Object> model = new HashMap<>();
    model.put("verdicts", verdicts);
    model.put("budgets", budgets);
    model.put(ReviewForm.VERDICT, form.verdict());
    model.put(ReviewForm.MOTIVATION, form.motivation());
    model.put(ReviewForm.COST, form.cost());
    model.put(ReviewForm.BUDGET, form.budget());
    model.put(ReviewForm.BUDGET_UNIT, form.budgetUnit());
    model.put(ReviewForm.RESPONSIBLE_UNIT, form.responsibleUnit());
    return model;
  }

  /** "€ 12.500", as the council reads amounts. */
  static String euros(long amount) {
    return "€ " + NumberFormat.getIntegerInstance(Locale.forLanguageTag("nl-NL")).format(amount);
  }
}
