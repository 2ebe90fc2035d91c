package nl.alkmaar.wijkaanzet.backoffice;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.alkmaar.wijkaanzet.WijkAanZetRuntime;
import nl.alkmaar.wijkaanzet.user.UserIdentity;
import nl.alkmaar.wijkaanzet.validation.FieldError;
import nl.alkmaar.wijkaanzet.web.screen.ScreenTemplates;
import nl.alkmaar.wijkaanzet.web.screen.ScreenTokens;

/**
 * One request of a staff screen and how it is answered: a page of the screen's templates in the
 * shared frame ({@code web/screen/layout.ftl}: area, campaign, user, log-out, form token), or a
 * message page.
 */
public record ScreenPage(
    HttpServletRequest request,
    HttpServletResponse response,
    WijkAanZetRuntime runtime,
    ScreenTemplates templates,
    String area,
    String logoutPath) {

  /** The same page, answering a request read another way (a form with a photo). */
  public ScreenPage withRequest(HttpServletRequest read) {
    return new ScreenPage(read, response, runtime, templates, area, logoutPath);
  }

  /** Where the screen is mounted, e.g. {@code /.wijkaanzet/haalbaarheid}. */
  public String base() {
    return request.getContextPath() + request.getServletPath();
  }

  /** The path below the screen, split at '/': {@code /punt/x} is {@code [punt, x]}. */
  public String[] path() {
    String info = request.getPathInfo();
    if (info == null || info.equals("/")) {
      return new String[0];
    }
    return info.substring(1).split("/");
  }

  /**
   * Whether a post came from this site's own form for this user (origin and form token); if not,
   * the page says so, ending with {@code nothingDone} ("Er is niets opgeslagen.").
   */
  public boolean isGenuinePost(UserIdentity user, String nothingDone) throws IOException {
    if (runtime.web().crossSite().allowsOwnSiteOnly(request)
        && ScreenTokens.isValid(runtime.web().tokens(), request, user.name())) {
      return true;
    }
    message(
        403,
        "Formulier verlopen",
        "Dit formulier is te oud of kwam van een andere website. Ga terug, laad de pagina opnieuw"
            + " en probeer het nog eens. "
            + nothingDone);
    return false;
  }

  /** A post-redirect-get answer to a page of this screen. */
  public void redirect(String pathAndQuery) throws IOException {
    response.setStatus(303);
    response.setHeader("Location", base() + pathAndQuery);
  }

  /**
   * A refused form's faults as its template reads them: {@code fieldErrors} (the first message per
   * field, next to the field) and {@code errors} (in order, for the error summary).
   */
  public static Map<String, Object> faults(List<FieldError> errors) {
    Map<String, String> byField = new LinkedHashMap<>();
    errors.forEach(error -> byField.putIfAbsent(error.field(), error.message()));
    return Map.of(
        "fieldErrors",
        byField,
        "errors",
        byField.entrySet().stream()
            .map(error -> Map.of("field", error.getKey(), "message", error.getValue()))
            .toList());
  }

  public void message(int status, String title, String text) throws IOException {
    page("melding", title, Map.of("text", text), status);
  }

  public void page(String template, String title, Map<String, Object> content, int status)
      throws IOException {
    Map<String, Object> model = new HashMap<>(content);
    model.put("pageTitle", title);
    model.put("area", area);
    model.put("base", base());
    model.put("ctx", request.getContextPath());
    model.put("campaign", runtime.campaigns().active().title());
    model.put("campaigns", StaffCampaigns.choices(runtime));
    model.put("logout", logoutPath.isEmpty() ? "" : request.getContextPath() + logoutPath);
    String user = runtime.currentUser().of(request).map(UserIdentity::name).orElse("");
    model.put("token", ScreenTokens.issue(runtime.web().tokens(), request, user));
    model.put("user", user);
    response.setStatus(status);
    response.setContentType("text/html;charset=UTF-8");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    Writer out = response.getWriter();
    templates.render(template, model, out);
    out.flush();
  }
}
