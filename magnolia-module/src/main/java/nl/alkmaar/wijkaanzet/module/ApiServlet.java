package nl.alkmaar.wijkaanzet.module;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import nl.alkmaar.wijkaanzet.ModuleStoppedException;
import nl.alkmaar.wijkaanzet.WijkAanZet;
import nl.alkmaar.wijkaanzet.WijkAanZetRuntime;
import nl.alkmaar.wijkaanzet.jcr.RepositoryFailure;
import nl.alkmaar.wijkaanzet.user.UserIdentity;
import nl.alkmaar.wijkaanzet.web.Json;
import nl.alkmaar.wijkaanzet.web.Problem;
import nl.alkmaar.wijkaanzet.web.ProblemException;
import nl.alkmaar.wijkaanzet.web.QueryStrings;
import nl.alkmaar.wijkaanzet.web.RequestFields;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Base of the JSON API servlets: unsupported methods and failures become problem+json answers, so
 * no response ever carries a stack trace. Subclasses only implement what they serve.
 */
public abstract class ApiServlet extends ModuleServlet {

  private static final Logger LOG = LoggerFactory.getLogger(ApiServlet.class);

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("X-Content-Type-Options", "nosniff");
    if (!QueryStrings.isReadable(request.getQueryString())) {
      Json.problem(response, Problem.of(400, "Onleesbaar adres", QueryStrings.UNREADABLE));
      return;
    }
    try {
      WijkAanZetRuntime runtime = campaignRuntime(request, response);
      switch (request.getMethod()) {
        case "GET", "HEAD" -> get(request, response, runtime);
        case "POST" -> post(request, response, runtime);
        case "OPTIONS" -> options(request, response, runtime);
        default -> Json.problem(response, Problem.methodNotAllowed(request.getMethod()));
      }
    } catch (ProblemException e) {
      RequestFields.drainSmallBody(request, response);
      e.retryAfterSeconds()
          .ifPresent(seconds -> response.setHeader("Retry-After", Long.toString(seconds)));
      Json.problem(response, e.problem());
    } catch (ModuleStoppedException e) {
      Json.problem(response, Problem.unavailable());
    } catch (RepositoryFailure e) {
      LOG.error("repository failure on {} {}", request.getMethod(), request.getRequestURI(), e);
      // Nothing was saved; a store that is away (a database restart) is usually back within this.
      response.setHeader("Retry-After", Long.toString(RETRY_AFTER_OUTAGE_SECONDS));
      Json.problem(response, Problem.unavailable());
    } catch (RuntimeException e) {
      LOG.error("unexpected failure on {} {}", request.getMethod(), request.getRequestURI(), e);
      Json.problem(response, Problem.internal());
    }
  }

  /** What a 503 for a repository failure tells the sender to wait before trying again. */
  static final long RETRY_AFTER_OUTAGE_SECONDS = 10;

  protected WijkAanZetRuntime runtime() {
    return WijkAanZet.runtime();
  }

  /**
   * {@link #runtime(HttpServletRequest)}; its refusal of a read is readable from other sites, as
   * the public read endpoints' answers are (a widget elsewhere must tell "unknown" from "offline").
   */
  private WijkAanZetRuntime campaignRuntime(
      HttpServletRequest request, HttpServletResponse response) {
    try {
      return runtime(request);
    } catch (ProblemException e) {
      if ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())) {
        response.setHeader("Access-Control-Allow-Origin", "*");
      }
      throw e;
    }
  }

  /**
   * The runtime of the campaign the query names ({@code ?campagne=<id>}, a campaign this host runs
   * beside the main one), else the main one. From the query only: a form's body stays unread. An
   * earlier edition that no longer runs is read through the main runtime (see the read endpoints);
   * nothing is ever written to it, and an id that names no campaign is refused rather than taken
   * for the main one, so a typo never puts a resident's point in another campaign.
   *
   * @throws ProblemException 404 for an unknown campaign, or a write to an earlier edition
   */
  protected WijkAanZetRuntime runtime(HttpServletRequest request) {
    String campaign = QueryStrings.value(request.getQueryString(), CAMPAIGN_PARAMETER);
    if (campaign == null || campaign.isBlank()) {
      return runtime();
    }
    java.util.Optional<WijkAanZetRuntime> running = WijkAanZet.runtimes().find(campaign);
    if (running.isPresent()) {
      return running.get();
    }
    WijkAanZetRuntime main = runtime();
    boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
    if (read && main.hasEdition(campaign)) {
      return main;
    }
    throw new ProblemException(Problem.unknownCampaign());
  }

  /** Answers a GET; the default says the resource cannot be read. */
  protected void get(
      HttpServletRequest request, HttpServletResponse response, WijkAanZetRuntime runtime)
      throws IOException {
    Json.problem(response, Problem.methodNotAllowed("GET"));
  }

  /**
   * The {@code ?wijk=} of a read endpoint, one of the campaign's wijken.
   *
   * @throws ProblemException 400 otherwise
   */
  protected static String wijkParameter(HttpServletRequest request, WijkAanZetRuntime runtime) {
    String wijk = request.getParameter("wijk");
    if (!runtime.hasWijk(wijk)) {
      throw new ProblemException(
          Problem.of(400, "Welke wijk?", "Geef met ?wijk=… een van de wijken van de campagne op."));
    }
    return wijk;
  }

  /**
   * The query parameter of the read endpoints that names an earlier edition instead of the active
   * campaign (see {@code CampaignService#editionOrActive}).
   */
  public static final String CAMPAIGN_PARAMETER = "campagne";

  /**
   * The {@code ?wijk=} of a read endpoint, a wijk that {@code known} accepts (an earlier edition
   * has its own wijken).
   *
   * @throws ProblemException 400 otherwise
   */
  protected static String wijkParameter(
      HttpServletRequest request, java.util.function.Predicate<String> known) {
    String wijk = request.getParameter("wijk");
    if (wijk == null || !known.test(wijk)) {
      throw new ProblemException(
          Problem.of(400, "Welke wijk?", "Geef met ?wijk=… een van de wijken van de campagne op."));
    }
    return wijk;
  }

  /**
   * The logged-in editor, on the host that moderates (elsewhere the address does not exist).
   *
   * @throws ProblemException 404 on a public host, 401 without a login, 403 ({@code refusal}) for a
   *     user without the role {@value UserIdentity#EDITOR}
   */
  protected static UserIdentity requireEditor(
      HttpServletRequest request, WijkAanZetRuntime runtime, String refusal) {
    if (!runtime.role().moderates()) {
      throw new ProblemException(Problem.notFound());
    }
    Optional<UserIdentity> user = runtime.currentUser().of(request);
    if (user.isEmpty()) {
      throw new ProblemException(
          Problem.of(401, "Inloggen nodig", "Log in als redacteur van Wij(k) aan zet!."));
    }
    if (!user.get().hasRole(UserIdentity.EDITOR)) {
      throw new ProblemException(Problem.of(403, "Geen toegang", refusal));
    }
    return user.get();
  }

  /** Answers a CORS preflight; the default allows nothing from other sites. */
  protected void options(
      HttpServletRequest request, HttpServletResponse response, WijkAanZetRuntime runtime)
      throws IOException {
    Json.problem(response, Problem.methodNotAllowed("OPTIONS"));
  }

  /** Answers a POST; the default says nothing can be sent here. */
  protected void post(
      HttpServletRequest request, HttpServletResponse response, WijkAanZetRuntime runtime)
      throws IOException {
    Json.problem(response, Problem.methodNotAllowed("POST"));
  }
}
