package nl.alkmaar.wijkaanzet.vote.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.alkmaar.wijkaanzet.WijkAanZetRuntime;
import nl.alkmaar.wijkaanzet.module.ApiServlet;
import nl.alkmaar.wijkaanzet.user.UserIdentity;
import nl.alkmaar.wijkaanzet.validation.InvalidInputException;
import nl.alkmaar.wijkaanzet.vote.Recount;
import nl.alkmaar.wijkaanzet.web.Json;
import nl.alkmaar.wijkaanzet.web.PostedForm;
import nl.alkmaar.wijkaanzet.web.Problem;
import nl.alkmaar.wijkaanzet.web.ProblemException;
import nl.alkmaar.wijkaanzet.web.RequestFields;
import nl.alkmaar.wijkaanzet.web.WebProtection;

/**
 * Editors' voting tools, on the host that moderates (Magnolia's author instance): {@code GET
 * /api/stemmen/hertelling} counts the stored ballots again and compares with the live tallies;
 * {@code POST /api/stemmen/codes} with JSON {@code {"wijk", "aantal"}} issues letter codes and
 * answers them once as a CSV download ({@code wijk,code}) for the mail merge. Only their keys are
 * kept. The role {@value UserIdentity#EDITOR} is required.
 */
public class VoteAdminServlet extends ApiServlet {

  @Override
  protected void get(
      HttpServletRequest request, HttpServletResponse response, WijkAanZetRuntime runtime)
      throws IOException {
    requireEditor(request, runtime, "Alleen redacteuren kunnen dit doen.");
    if (!"/hertelling".equals(request.getPathInfo())) {
      throw new ProblemException(Problem.notFound());
    }
    Recount recount = runtime.voting().recount();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("ballots", recount.ballots());
    body.put("agrees", recount.agrees());
    body.put("differences", recount.differences());
    Json.write(response, 200, body);
  }

  @Override
  protected void post(
      HttpServletRequest request, HttpServletResponse response, WijkAanZetRuntime runtime)
      throws IOException {
    requireEditor(request, runtime, "Alleen redacteuren kunnen dit doen.");
    if (!"/codes".equals(request.getPathInfo())) {
      throw new ProblemException(Problem.notFound());
    }
    if (!runtime.web().crossSite().allows(request) || !RequestFields.isJson(request)) {
      // JSON from this site only: a form from another site cannot make codes in an editor's name.
      throw new ProblemException(
          Problem.of(403, "Niet toegestaan", "Maak stemcodes aan vanuit de beheeromgeving."));
    }
    PostedForm posted = RequestFields.read(request, WebProtection.MAX_FORM_BYTES, 0);
    String wijk = posted.fields().get("wijk");
    try {
      int count = LetterCodeRequest.count(posted.fields().get("aantal"));
      LetterCodeRequest.sendCsv(response, wijk, runtime.voting().issueCodes(wijk, count));
    } catch (InvalidInputException e) {
      throw VoteRefusal.of(e).orElseThrow();
    }
  }
}
