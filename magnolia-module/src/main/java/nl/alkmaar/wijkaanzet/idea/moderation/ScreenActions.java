package nl.alkmaar.wijkaanzet.idea.moderation;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.alkmaar.wijkaanzet.idea.IdeaNotFoundException;
import nl.alkmaar.wijkaanzet.idea.IdeaVersion;
import nl.alkmaar.wijkaanzet.idea.ModeratedIdea;
import nl.alkmaar.wijkaanzet.idea.ModerationAction;
import nl.alkmaar.wijkaanzet.user.UserIdentity;
import nl.alkmaar.wijkaanzet.validation.FieldError;
import nl.alkmaar.wijkaanzet.web.screen.ScreenTokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The forms of the moderation screens. One action on one point: {@code POST /punt/{id}/{action}},
 * then a redirect to the point with a message. Bulk: {@code POST /bulk} publishes, rejects or
 * merges the selected points of a queue, each point on its own so one stale point does not stop the
 * rest (a merge is one save for all). A refused action shows the page again with the reason;
 * nothing changed.
 */
final class ScreenActions {

  private static final Logger LOG = LoggerFactory.getLogger(ScreenActions.class);
  private static final List<String> FIELDS =
      List.of(
          "version",
          "reason",
          "explanation",
          "into",
          "intoVersion",
          "title",
          "description",
          "location",
          "category");

  private final ModerationScreensServlet.ScreenRequest screen;
  private final UserIdentity moderator;

  ScreenActions(ModerationScreensServlet.ScreenRequest screen, UserIdentity moderator) {
    this.screen = screen;
    this.moderator = moderator;
  }

  void post(String[] path) throws IOException {
    HttpServletRequest request = screen.request();
    request.setCharacterEncoding("UTF-8");
    if (!screen.runtime().web().crossSite().allowsOwnSiteOnly(request)
        || !ScreenTokens.isValid(screen.runtime().web().tokens(), request, moderator.name())) {
      screen.message(
          403,
          "Formulier verlopen",
          "Dit formulier is te oud of kwam van een andere website. Ga terug, laad de pagina opnieuw"
              + " en probeer het nog eens. Er is niets veranderd.");
      return;
    }
    if (path.length == 1 && path[0].equals("bulk")) {
      bulk();
      return;
    }
    ModerationAction action =
        path.length == 3 && path[0].equals("punt")
            ? ModerationRequests.action(path[2]).orElse(null)
            : null;
    Optional<ModeratedIdea> point =
        action == null
            ? Optional.empty()
            : screen.runtime().ideas().forModeration(screen.campaign().id(), path[1]);
    if (point.isEmpty()) {
      screen.message(404, "Niet gevonden", "Dit punt of deze actie bestaat niet.");
      return;
    }
    Map<String, String> fields = fields(request);
    try {
      ModerationRequests.apply(
          screen.runtime(),
          path[1],
          ModerationServlet.version(fields.get("version")),
          action,
          fields,
          moderator.name());
      LOG.info("point {} {}", path[1], action);
      screen.response().setStatus(303);
      screen
          .response()
          .setHeader("Location", screen.base() + "/punt/" + path[1] + "?gedaan=" + path[2]);
    } catch (RuntimeException e) {
      ModerationRefusal refusal = ModerationRefusal.of(e).orElseThrow(() -> e);
      Optional<ModeratedIdea> current =
          screen.runtime().ideas().forModeration(screen.campaign().id(), path[1]);
      if (current.isEmpty()) {
        screen.message(404, "Niet gevonden", refusal.message());
        return;
      }
      List<FieldError> errors =
          refusal.errors().isEmpty()
              ? List.of(new FieldError("actie", refusal.message()))
              : refusal.errors();
      screen.point(current.get(), errors, fields, refusal.status());
    }
  }

  private void bulk() throws IOException {
    HttpServletRequest request = screen.request();
    String wijk = request.getParameter("wijk");
    if (wijk == null || screen.campaign().wijk(wijk).isEmpty()) {
      screen.message(400, "Welke wijk?", "Kies eerst een wijk in het overzicht.");
      return;
    }
    String[] selected = request.getParameterValues("punt");
    String action = request.getParameter("bulkactie");
    List<Map<String, Object>> results = new ArrayList<>();
    if (selected == null || selected.length == 0) {
      results.add(result("", false, "Kies eerst een of meer punten met de vakjes in de tabel."));
      screen.queue(wijk, results, 400);
      return;
    }
    if ("samenvoegen".equals(action)) {
      results.add(mergeSelected(selected));
    } else if ("publiceren".equals(action) || "afwijzen".equals(action)) {
      for (String id : selected) {
        results.add(one(id, ModerationRequests.action(action).orElseThrow()));
      }
    } else {
      results.add(result("", false, "Kies wat u met de gekozen punten wilt doen."));
    }
    boolean allDone = results.stream().allMatch(r -> Boolean.TRUE.equals(r.get("ok")));
    screen.queue(wijk, results, allDone ? 200 : 409);
  }

  private Map<String, Object> one(String id, ModerationAction action) {
    String reference = id.toUpperCase(Locale.ROOT);
    Optional<ModeratedIdea> point =
        screen.runtime().ideas().forModeration(screen.campaign().id(), id);
    if (action == ModerationAction.PUBLISH && point.map(p -> p.idea().hasPhoto()).orElse(false)) {
      // A photo may show faces or number plates: someone must look at it first.
      return result(
          reference, false, "Dit punt heeft een foto. Bekijk de foto en publiceer het punt apart.");
    }
    try {
      ModerationRequests.apply(
          screen.runtime(), id, version(id), action, fields(screen.request()), moderator.name());
      LOG.info("point {} {} (bulk)", id, action);
      return result(reference, true, ScreenWords.done(ModerationRequests.word(action)));
    } catch (RuntimeException e) {
      return result(reference, false, ModerationRefusal.of(e).orElseThrow(() -> e).message());
    }
  }

  private Map<String, Object> mergeSelected(String[] selected) {
    String into = screen.request().getParameter("into");
    String targetId = into == null ? "" : into.strip().toLowerCase(Locale.ROOT);
    Optional<ModeratedIdea> target =
        targetId.isEmpty()
            ? Optional.empty()
            : screen.runtime().ideas().forModeration(screen.campaign().id(), targetId);
    if (target.isEmpty()) {
      return result(
          "",
          false,
          "Vul het referentienummer in van het punt waarmee u samenvoegt, zoals WAZ-ABCD-EFGH.");
    }
    String targetReference = target.get().idea().reference();
    try {
      // Ticking the point to keep along with its look-alikes is natural: it is the target, not a
      // source. Its version is the one the moderator saw when it is in the table.
      long targetVersion =
          screen.request().getParameter("versie-" + targetId) == null
              ? target.get().version()
              : version(targetId);
      List<IdeaVersion> sources = new ArrayList<>();
      for (String id : selected) {
        if (!id.equals(targetId)) {
          sources.add(new IdeaVersion(id, version(id)));
        }
      }
      screen
          .runtime()
          .moderation()
          .merge(new IdeaVersion(targetId, targetVersion), sources, moderator.name());
      LOG.info("{} points merged into {}", sources.size(), targetId);
      String count = sources.size() == 1 ? "1 punt" : sources.size() + " punten";
      return result(
          targetReference,
          true,
          count + " samengevoegd met " + targetReference + ". De indieners krijgen een e-mail.");
    } catch (RuntimeException e) {
      ModerationRefusal refusal = ModerationRefusal.of(e).orElseThrow(() -> e);
      String reason =
          e instanceof IdeaNotFoundException
              ? "Een van de punten bestaat niet (meer)."
              : refusal.message();
      return result("", false, reason + " Er is niets samengevoegd.");
    }
  }

  private long version(String id) {
    return ModerationServlet.version(screen.request().getParameter("versie-" + id));
  }

  private static Map<String, Object> result(String reference, boolean ok, String message) {
    return Map.of("reference", reference, "ok", ok, "message", message);
  }

  private static Map<String, String> fields(HttpServletRequest request) {
    Map<String, String> fields = new HashMap<>();
    for (String name : FIELDS) {
      String value = request.getParameter(name);
      if (value != null) {
        fields.put(name, value);
      }
    }
    return fields;
  }
}
