package nl.alkmaar.wijkaanzet.review.api;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.alkmaar.wijkaanzet.backoffice.ScreenPage;
import nl.alkmaar.wijkaanzet.backoffice.StaffScreenServlet;
import nl.alkmaar.wijkaanzet.campaign.Wijk;
import nl.alkmaar.wijkaanzet.idea.IdeaNotFoundException;
import nl.alkmaar.wijkaanzet.review.FeasibilityReview;
import nl.alkmaar.wijkaanzet.review.Review;
import nl.alkmaar.wijkaanzet.review.ReviewClosedException;
import nl.alkmaar.wijkaanzet.review.ReviewForm;
import nl.alkmaar.wijkaanzet.review.ReviewItem;
import nl.alkmaar.wijkaanzet.user.UserIdentity;
import nl.alkmaar.wijkaanzet.validation.FieldError;
import nl.alkmaar.wijkaanzet.validation.InvalidInputException;
import nl.alkmaar.wijkaanzet.web.screen.ScreenTemplates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The feasibility review screens (roles {@value UserIdentity#REVIEWER} and {@value
 * UserIdentity#EDITOR}): the progress per wijk, a wijk's published points with the most votes
 * first, and per point a form for the verdict. Mounted at {@code /.wijkaanzet/haalbaarheid} in
 * Magnolia (app {@code apps/wijkaanzet-haalbaarheid.yaml}) and {@code /haalbaarheid} on the
 * standalone host.
 */
public class ReviewScreenServlet extends StaffScreenServlet {

  private static final Logger LOG = LoggerFactory.getLogger(ReviewScreenServlet.class);

  public ReviewScreenServlet() {
    super(
        new Screen(
            "Haalbaarheid",
            new ScreenTemplates("/nl/alkmaar/wijkaanzet/review/api"),
            Set.of(UserIdentity.REVIEWER, UserIdentity.EDITOR),
            "Log in als beoordelaar of redacteur om deze pagina te zien.",
            "Alleen beoordelaars en redacteuren kunnen de haalbaarheid van punten vastleggen."));
  }

  @Override
  protected void get(ScreenPage page, UserIdentity user) throws IOException {
    String[] path = page.path();
    if (path.length == 0) {
      page.page("haalbaarheid", "Haalbaarheid", ReviewModels.overview(page), 200);
    } else if (path.length == 2 && path[0].equals("wijk") && wijk(page, path[1]).isPresent()) {
      Wijk wijk = wijk(page, path[1]).get();
      page.page("wijk", wijk.name(), ReviewModels.wijk(page, wijk), 200);
    } else if (path.length == 2 && path[0].equals("punt")) {
      Optional<ReviewItem> item = point(page, path[1]);
      if (item.isEmpty()) {
        notFound(page);
        return;
      }
      ReviewForm form = item.get().review().map(ReviewForm::of).orElse(emptyForm());
      showForm(page, item.get(), form, List.of(), 200);
    } else {
      notFound(page);
    }
  }

  @Override
  protected void post(ScreenPage page, UserIdentity user) throws IOException {
    String[] path = page.path();
    Optional<ReviewItem> item =
        path.length == 2 && path[0].equals("punt") ? point(page, path[1]) : Optional.empty();
    if (item.isEmpty()) {
      notFound(page);
      return;
    }
    if (!page.isGenuinePost(user, "Er is niets opgeslagen.")) {
      return;
    }
    ReviewForm form = posted(page.request());
    String id = item.get().idea().id();
    try {
      Review review = page.runtime().feasibility().review(id, form, user.name());
      LOG.info("feasibility of {} set to {} by {}", id, review.verdict().id(), user.name());
    } catch (InvalidInputException e) {
      showForm(page, item.get(), form, e.errors(), 400);
      return;
    } catch (ReviewClosedException e) {
      page.message(409, "Uitslag al gepubliceerd", e.getMessage());
      return;
    } catch (IdeaNotFoundException e) {
      // Withdrawn or merged while the form was open.
      page.message(
          409,
          "Punt niet meer gepubliceerd",
          "Dit punt is intussen niet meer gepubliceerd (samengevoegd of teruggetrokken). Er is"
              + " niets opgeslagen.");
      return;
    }
    page.redirect(
        "/wijk/"
            + item.get().idea().wijk()
            + "?opgeslagen="
            + URLEncoder.encode(id, StandardCharsets.UTF_8)
            + "#punt-"
            + id);
  }

  private static void showForm(
      ScreenPage page, ReviewItem item, ReviewForm form, List<FieldError> errors, int status)
      throws IOException {
    Map<String, Object> model = new HashMap<>(ReviewModels.point(page, item));
    model.put("form", ReviewModels.form(form));
    model.put("open", page.runtime().feasibility().open());
    model.putAll(ScreenPage.faults(errors));
    String title =
        (errors.isEmpty() ? "" : "Fout: ") + "Haalbaarheid van " + item.idea().reference();
    page.page("punt", title, model, status);
  }

  private static Optional<Wijk> wijk(ScreenPage page, String id) {
    return page.runtime().campaigns().active().wijk(id);
  }

  private static Optional<ReviewItem> point(ScreenPage page, String id) {
    FeasibilityReview feasibility = page.runtime().feasibility();
    try {
      return Optional.of(feasibility.point(id));
    } catch (IdeaNotFoundException e) {
      return Optional.empty();
    }
  }

  private static ReviewForm emptyForm() {
    return new ReviewForm("", "", "", "", "", "");
  }

  private static ReviewForm posted(HttpServletRequest request) {
    return new ReviewForm(
        request.getParameter(ReviewForm.VERDICT),
        request.getParameter(ReviewForm.MOTIVATION),
        request.getParameter(ReviewForm.COST),
        request.getParameter(ReviewForm.BUDGET),
        request.getParameter(ReviewForm.BUDGET_UNIT),
        request.getParameter(ReviewForm.RESPONSIBLE_UNIT));
  }
}
