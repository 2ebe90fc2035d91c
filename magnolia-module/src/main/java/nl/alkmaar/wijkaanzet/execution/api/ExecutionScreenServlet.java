package nl.alkmaar.wijkaanzet.execution.api;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.alkmaar.wijkaanzet.backoffice.ScreenPage;
import nl.alkmaar.wijkaanzet.backoffice.StaffScreenServlet;
import nl.alkmaar.wijkaanzet.execution.ChosenPoint;
import nl.alkmaar.wijkaanzet.execution.ExecutionStatus;
import nl.alkmaar.wijkaanzet.execution.ExecutionTracking;
import nl.alkmaar.wijkaanzet.execution.NotChosenException;
import nl.alkmaar.wijkaanzet.execution.ProgressForm;
import nl.alkmaar.wijkaanzet.execution.ProgressUpdate;
import nl.alkmaar.wijkaanzet.idea.photo.PhotoProcessor;
import nl.alkmaar.wijkaanzet.user.UserIdentity;
import nl.alkmaar.wijkaanzet.validation.FieldError;
import nl.alkmaar.wijkaanzet.validation.InvalidInputException;
import nl.alkmaar.wijkaanzet.web.screen.ScreenTemplates;
import nl.alkmaar.wijkaanzet.web.screen.ScreenUploads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The editors' execution screen (role {@value UserIdentity#EDITOR}): every chosen point with its
 * status, and per point the updates so far and a form for the next (status, planned date, text for
 * residents). Mounted at {@code /.wijkaanzet/uitvoering} (app {@code
 * apps/wijkaanzet-uitvoering.yaml}) and {@code /uitvoering} on the standalone host.
 */
public class ExecutionScreenServlet extends StaffScreenServlet {

  private static final Logger LOG = LoggerFactory.getLogger(ExecutionScreenServlet.class);

  public ExecutionScreenServlet() {
    super(
        new Screen(
            "Uitvoering",
            new ScreenTemplates("/nl/alkmaar/wijkaanzet/execution/api"),
            Set.of(UserIdentity.EDITOR),
            "Log in als redacteur om deze pagina te zien.",
            "Alleen redacteuren kunnen de uitvoering bijhouden."));
  }

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl"));

  /** How the date field shows a date: as people type it. */
  private static final DateTimeFormatter FORM_DATE = DateTimeFormatter.ofPattern("d-M-yyyy");

  /** An update may carry one photo, as residents' points may. */
  @Override
  protected int maxPhotoBytes() {
    return PhotoProcessor.MAX_BYTES;
  }

  @Override
  protected void get(ScreenPage page, UserIdentity user) throws IOException {
    String[] path = page.path();
    if (path.length == 0) {
      overview(page);
      return;
    }
    Optional<ChosenPoint> chosen =
        path.length == 2 && path[0].equals("punt") ? chosen(page, path[1]) : Optional.empty();
    if (chosen.isEmpty()) {
      notFound(page);
      return;
    }
    form(
        page,
        chosen.get(),
        new ProgressForm(chosen.get().status().map(ExecutionStatus::id).orElse(""), "", ""),
        List.of(),
        200);
  }

  @Override
  protected void post(ScreenPage page, UserIdentity editor) throws IOException {
    String[] path = page.path();
    Optional<ChosenPoint> chosen =
        path.length == 2 && path[0].equals("punt") ? chosen(page, path[1]) : Optional.empty();
    if (chosen.isEmpty()) {
      notFound(page);
      return;
    }
    if (!page.isGenuinePost(editor, "Er is niets opgeslagen.")) {
      return;
    }
    ProgressForm form =
        new ProgressForm(
            page.request().getParameter(ProgressForm.STATUS),
            page.request().getParameter(ProgressForm.PLANNED),
            page.request().getParameter(ProgressForm.TEXT),
            ScreenUploads.photo(page.request()),
            page.request().getParameter(ProgressForm.PHOTO_ALT));
    String id = chosen.get().point().id();
    int mailed;
    try {
      ExecutionTracking.Posted posted =
          page.runtime().execution().update(id, form, editor.name(), seen(page));
      mailed = posted.mailed();
      LOG.info("execution of {} set to {} by {}", id, posted.update().status().id(), editor.name());
    } catch (InvalidInputException e) {
      // Shown with what is stored now (an update posted meanwhile included).
      form(page, page.runtime().execution().point(id), form, e.errors(), 400);
      return;
    }
    page.redirect(
        "/?opgeslagen="
            + URLEncoder.encode(id, StandardCharsets.UTF_8)
            + "&gemaild="
            + mailed
            + "#punt-"
            + id);
  }

  /** How many updates the form showed; -1 when it did not say (then nothing is compared). */
  private static int seen(ScreenPage page) {
    try {
      return Integer.parseInt(page.request().getParameter("gezien"));
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static Optional<ChosenPoint> chosen(ScreenPage page, String id) {
    try {
      return Optional.of(page.runtime().execution().point(id));
    } catch (NotChosenException e) {
      return Optional.empty();
    }
  }

  private static void overview(ScreenPage page) throws IOException {
    List<Map<String, Object>> rows = new ArrayList<>();
    String saved = page.request().getParameter("opgeslagen");
    String savedReference = "";
    for (ChosenPoint chosen : page.runtime().execution().chosen(null)) {
      Map<String, Object> row = point(page, chosen);
      rows.add(row);
      if (chosen.point().id().equals(saved)) {
        savedReference = chosen.point().reference();
      }
    }
    Map<String, Object> model = new HashMap<>();
    model.put("published", page.runtime().results().published().isPresent());
    model.put("rows", rows);
    model.put("saved", savedReference);
    model.put("mailed", mailedCount(page));
    page.page("uitvoering", "Uitvoering", model, 200);
  }

  private static int mailedCount(ScreenPage page) {
    try {
      return Math.max(0, Integer.parseInt(page.request().getParameter("gemaild")));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static void form(
      ScreenPage page, ChosenPoint chosen, ProgressForm form, List<FieldError> errors, int status)
      throws IOException {
    Map<String, Object> model = new HashMap<>(point(page, chosen));
    ZoneId zone = page.runtime().campaigns().active().timeZone();
    List<Map<String, Object>> history = new ArrayList<>();
    for (ProgressUpdate update : chosen.updates()) {
      Map<String, Object> shown = new HashMap<>();
      shown.put("date", DATE.format(update.at().atZone(zone)));
      shown.put("status", update.status().label());
      shown.put("planned", update.planned().map(DATE::format).orElse(""));
      shown.put("text", update.text());
      shown.put("author", update.author());
      shown.put(
          "thumbnail",
          update.hasPhoto()
              ? page.request().getContextPath()
                  + page.runtime()
                      .web()
                      .api(
                          "/progress/"
                              + chosen.point().id()
                              + "/"
                              + update.number()
                              + "/photo/thumbnail")
              : "");
      shown.put("photoAlt", update.photoAlt().orElse(""));
      history.add(shown);
    }
    model.put("history", history);
    model.put("seen", chosen.updates().size());
    // How many residents follow the wijk (never who): the editor knows how far an update goes.
    model.put("followers", page.runtime().following().counts().getOrDefault(chosen.wijk().id(), 0));
    List<Map<String, String>> statuses = new ArrayList<>();
    for (ExecutionStatus each : ExecutionStatus.values()) {
      statuses.add(Map.of("id", each.id(), "label", each.label()));
    }
    model.put("statuses", statuses);
    model.put(
        "form",
        Map.of(
            ProgressForm.STATUS, form.status(),
            ProgressForm.PLANNED, form.planned(),
            ProgressForm.TEXT, form.text(),
            ProgressForm.PHOTO_ALT, form.photoAlt()));
    model.putAll(ScreenPage.faults(errors));
    String title =
        (errors.isEmpty() ? "" : "Fout: ") + "Uitvoering van " + chosen.point().reference();
    page.page("punt", title, model, status);
  }

  private static Map<String, Object> point(ScreenPage page, ChosenPoint chosen) {
    Map<String, Object> row = new HashMap<>();
    row.put("id", chosen.point().id());
    row.put("reference", chosen.point().reference());
    row.put("title", chosen.point().title());
    row.put("wijk", chosen.wijk().name());
    row.put("votes", chosen.point().votes());
    row.put("status", chosen.status().map(ExecutionStatus::label).orElse("Nog geen bericht"));
    row.put("planned", chosen.planned().map(DATE::format).orElse(""));
    row.put("url", page.base() + "/punt/" + chosen.point().id());
    return row;
  }
}
