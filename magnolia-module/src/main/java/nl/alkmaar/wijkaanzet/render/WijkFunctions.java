package nl.alkmaar.wijkaanzet.render;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import nl.alkmaar.wijkaanzet.WijkAanZet;
import nl.alkmaar.wijkaanzet.WijkAanZetRuntime;
import nl.alkmaar.wijkaanzet.campaign.Campaign;
import nl.alkmaar.wijkaanzet.campaign.CampaignTimeline;
import nl.alkmaar.wijkaanzet.campaign.Phase;
import nl.alkmaar.wijkaanzet.campaign.PhaseKind;
import nl.alkmaar.wijkaanzet.campaign.PhaseState;
import nl.alkmaar.wijkaanzet.campaign.PhaseStatus;
import nl.alkmaar.wijkaanzet.campaign.Wijk;
import nl.alkmaar.wijkaanzet.execution.api.ProgressView;
import nl.alkmaar.wijkaanzet.follow.api.FollowFormView;
import nl.alkmaar.wijkaanzet.follow.api.FollowLinkView;
import nl.alkmaar.wijkaanzet.idea.api.IdeaListView;
import nl.alkmaar.wijkaanzet.idea.submit.SubmissionFormView;
import nl.alkmaar.wijkaanzet.result.api.ResultsView;
import nl.alkmaar.wijkaanzet.user.UserIdentity;
import nl.alkmaar.wijkaanzet.vote.api.BallotConfirmationView;
import nl.alkmaar.wijkaanzet.vote.api.BallotFormView;
import nl.alkmaar.wijkaanzet.vote.api.VoteBarsView;
import nl.alkmaar.wijkaanzet.web.BrowserKey;

/**
 * {@code wijkfn}: what the light module's templates ask the module for. Registered in Magnolia as a
 * FreeMarker context attribute (bootstrap XML) and put in the model by the standalone preview
 * renderer. It hands out plain maps, because Magnolia's and our object wrappers both render maps
 * the same way, whatever their settings for Java records.
 */
public class WijkFunctions {

  private final Supplier<WijkAanZetRuntime> runtime;

  /** Magnolia instantiates context attributes with this constructor. */
  public WijkFunctions() {
    this(WijkAanZet::runtime);
  }

  public WijkFunctions(Supplier<WijkAanZetRuntime> runtime) {
    this.runtime = runtime;
  }

  /**
   * The functions for the campaign a component or page names ({@code campaign}: the id of a
   * campaign this host runs beside the main one); empty or any other id: these. Templates start
   * with {@code [#assign wijkfn = wijkfn.of(content.campaign!page.campaign!'')]}; an earlier
   * edition that no longer runs is read by the results and progress functions themselves.
   */
  public WijkFunctions of(String campaign) {
    if (campaign == null || campaign.isBlank()) {
      return this;
    }
    String id = campaign.strip();
    WijkAanZetRuntime current = runtime.get();
    if (current.campaigns().active().id().equals(id)) {
      return this;
    }
    return WijkAanZet.runtimes()
        .find(id)
        .<WijkFunctions>map(found -> new WijkFunctions(() -> found))
        .orElse(this);
  }

  public Map<String, Object> campaign() {
    Campaign campaign = runtime.get().campaigns().active();
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("id", campaign.id());
    view.put("title", campaign.title());
    view.put("intro", campaign.intro() == null ? "" : campaign.intro());
    return view;
  }

  /** The id of the phase running today, or an empty text between phases. */
  public String currentPhase() {
    return runtime.get().campaigns().timeline().current().map(Phase::id).orElse("");
  }

  /**
   * The kind of the phase running today ({@code meedenken}, {@code meebeslissen}, …), or an empty
   * text between phases: what a page's primary action is.
   */
  public String currentPhaseKind() {
    return runtime
        .get()
        .campaigns()
        .timeline()
        .current()
        .map(phase -> phase.kind().id())
        .orElse("");
  }

  /**
   * The phases in order with their status today and their dates written out for {@code language}.
   */
  public List<Map<String, Object>> timeline(String language) {
    Locale locale = locale(language);
    DateTimeFormatter dates = DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
    CampaignTimeline timeline = runtime.get().campaigns().timeline();
    return timeline.phases().stream().map(state -> phaseView(state, dates)).toList();
  }

  public List<Map<String, Object>> wijken(String language) {
    NumberFormat numbers = NumberFormat.getIntegerInstance(locale(language));
    return runtime.get().campaigns().active().wijken().stream()
        .map(wijk -> wijkView(wijk, numbers))
        .toList();
  }

  private static Map<String, Object> phaseView(PhaseState state, DateTimeFormatter dates) {
    Phase phase = state.phase();
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("id", phase.id());
    view.put("title", phase.title());
    view.put("description", phase.description() == null ? "" : phase.description());
    view.put("status", state.status().id());
    view.put("current", state.isCurrent());
    view.put("start", phase.start().toString());
    view.put("startText", dates.format(phase.start()));
    view.put("end", phase.end() == null ? "" : phase.end().toString());
    view.put("endText", phase.end() == null ? "" : dates.format(phase.end()));
    return view;
  }

  private static Map<String, Object> wijkView(Wijk wijk, NumberFormat numbers) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("id", wijk.id());
    view.put("name", wijk.name());
    view.put("cbsCode", wijk.cbsCode() == null ? "" : wijk.cbsCode());
    view.put("residentsText", wijk.residents() == null ? "" : numbers.format(wijk.residents()));
    return view;
  }

  static Locale locale(String language) {
    return language == null || language.isBlank()
        ? Locale.forLanguageTag("nl")
        : Locale.forLanguageTag(language);
  }

  /**
   * The submission form: options, and the input, errors or confirmation left by the last post
   * ({@code stateToken} is the page's {@code formulier} parameter; {@code wijk} pre-selects). The
   * state is only shown to the browser that posted the form, so the template passes {@code
   * ctx.getRequest()} along; a page that shows a state must not be cached ({@code no-store} is set
   * on the response when given). Both are {@code Object}: a template renders without a request (a
   * preview, a test) by passing an empty text, which counts as none.
   */
  public Map<String, Object> submissionForm(
      String stateToken, String wijk, Object request, Object response) {
    String token = emptyToNull(stateToken);
    if (token != null && response instanceof HttpServletResponse http && !http.isCommitted()) {
      http.setHeader("Cache-Control", "no-store");
    }
    Optional<String> browser =
        request instanceof HttpServletRequest http ? BrowserKey.of(http) : Optional.empty();
    WijkAanZetRuntime current = runtime.get();
    // On the author instance the form is a preview for editors: say so before anyone types. Who
    // is asking only matters there, so elsewhere no user is looked up.
    boolean previewOnly =
        !current.role().takesResidentPosts()
            && !(request instanceof HttpServletRequest http && isStaff(current, http));
    return SubmissionFormView.build(current, token, emptyToNull(wijk), browser, previewOnly);
  }

  /** The form without the state of an earlier post (no request at hand). */
  public Map<String, Object> submissionForm(String stateToken, String wijk) {
    return submissionForm(stateToken, wijk, null, null);
  }

  /** Published points of a wijk, newest first; empty for an unknown wijk. */
  public List<Map<String, Object>> publishedIdeas(String wijk) {
    return IdeaListView.build(runtime.get(), emptyToNull(wijk));
  }

  /**
   * The published points of a wijk as the list shows them: one category or all ({@code category},
   * the page's {@code categorie} parameter), in a chosen order ({@code order}, its {@code
   * volgorde}), with the categories and their counts: see {@link IdeaListView#page}.
   */
  public Map<String, Object> ideaList(String wijk, String category, String order) {
    return IdeaListView.page(runtime.get(), emptyToNull(wijk), category, order);
  }

  /**
   * Voting in a wijk: {@code state} (upcoming, open, closed), its dates in {@code language}, the
   * number of choices, and each published point with its votes and share, most votes first.
   */
  public Map<String, Object> voteBars(String wijk, String language) {
    return VoteBarsView.build(runtime.get(), emptyToNull(wijk), language);
  }

  /**
   * The published results of a wijk ({@code wijk} empty: of every wijk), or when they will be
   * announced: see {@link ResultsView}.
   */
  public Map<String, Object> results(String wijk, String language) {
    return ResultsView.build(runtime.get(), emptyToNull(wijk), language);
  }

  /**
   * As {@link #results(String, String)} for the campaign a component names ({@code campaign}: empty
   * for the active one, or an earlier edition's id). An id that is no campaign shows no results,
   * never the active campaign's.
   */
  public Map<String, Object> results(String campaign, String wijk, String language) {
    return inEdition(
        campaign,
        (current, found) -> ResultsView.build(current, found.id(), emptyToNull(wijk), language),
        Map.of("published", false, "announced", "", "edition", ""));
  }

  /**
   * How the chosen points of a wijk ({@code wijk} empty: of every wijk) are getting on: see {@link
   * ProgressView}.
   */
  public Map<String, Object> progress(String wijk, String language) {
    return ProgressView.build(runtime.get(), emptyToNull(wijk), language);
  }

  /** As {@link #progress(String, String)} for the campaign a component names (see results). */
  public Map<String, Object> progress(String campaign, String wijk, String language) {
    return inEdition(
        campaign,
        (current, found) -> ProgressView.build(current, found, emptyToNull(wijk), language),
        Map.of("published", false, "total", 0, "edition", ""));
  }

  /**
   * The view {@code build} makes for the campaign a component names, with its {@code edition}; or
   * {@code unknown} for an id that is no campaign.
   */
  private Map<String, Object> inEdition(
      String campaign,
      java.util.function.BiFunction<WijkAanZetRuntime, Campaign, Map<String, Object>> build,
      Map<String, Object> unknown) {
    WijkAanZetRuntime current = runtime.get();
    return edition(current, campaign)
        .map(found -> withEdition(current, found, build.apply(current, found)))
        .orElse(unknown);
  }

  /** A wijk's id and name in the campaign a component names, or an empty map. */
  public Map<String, Object> wijk(String campaign, String id) {
    return edition(runtime.get(), campaign)
        .flatMap(found -> found.wijk(id))
        .<Map<String, Object>>map(wijk -> Map.of("id", wijk.id(), "name", wijk.name()))
        .orElse(Map.of());
  }

  /**
   * Adds {@code edition}: the id of an earlier edition, empty for the active campaign (so two
   * components on one page, this year's and last year's, get different element ids).
   */
  private static Map<String, Object> withEdition(
      WijkAanZetRuntime runtime, Campaign campaign, Map<String, Object> view) {
    Map<String, Object> shown = new LinkedHashMap<>(view);
    shown.put(
        "edition", campaign.id().equals(runtime.campaigns().active().id()) ? "" : campaign.id());
    return shown;
  }

  private static Optional<Campaign> edition(WijkAanZetRuntime runtime, String campaign) {
    return campaign == null || campaign.isBlank()
        ? Optional.of(runtime.campaigns().active())
        : runtime.campaigns().edition(campaign.strip());
  }

  /**
   * The ballot of a wijk: voting's state, the published points to choose from, and what the last
   * post of this browser left ({@code stateToken} is the page's {@code formulier} parameter). As
   * with the submission form, the template passes the request and response along, or empty texts.
   */
  public Map<String, Object> ballot(
      String stateToken, String wijk, String language, Object request, Object response) {
    String token = emptyToNull(stateToken);
    if (token != null && response instanceof HttpServletResponse http && !http.isCommitted()) {
      http.setHeader("Cache-Control", "no-store");
    }
    Optional<String> browser =
        request instanceof HttpServletRequest http ? BrowserKey.of(http) : Optional.empty();
    return BallotFormView.build(runtime.get(), token, emptyToNull(wijk), browser, language);
  }

  /**
   * The confirmation page of the e-mail method: the pending ballot behind the link's {@code t}, or
   * what came of confirming it ({@code stateToken}, the page's {@code formulier} parameter).
   */
  public Map<String, Object> ballotConfirmation(
      String linkToken, String stateToken, Object request, Object response) {
    if (response instanceof HttpServletResponse http && !http.isCommitted()) {
      // The page names a link that casts a vote: no cache may keep it.
      http.setHeader("Cache-Control", "no-store");
      http.setHeader("Referrer-Policy", "no-referrer");
    }
    Optional<String> browser =
        request instanceof HttpServletRequest http ? BrowserKey.of(http) : Optional.empty();
    return BallotConfirmationView.build(
        runtime.get(), emptyToNull(linkToken), emptyToNull(stateToken), browser);
  }

  /**
   * The form that asks for news about a wijk by e-mail ({@code wijk} fixed on a wijk's page, empty
   * for a choice), with what came of the last post from this browser. {@code shown} is false until
   * voting starts: before that, the submission form is what a wijk's page offers.
   */
  public Map<String, Object> followForm(
      String wijk, String stateToken, Object request, Object response) {
    Optional<String> browser =
        request instanceof HttpServletRequest http ? BrowserKey.of(http) : Optional.empty();
    if (response instanceof HttpServletResponse http
        && stateToken != null
        && !stateToken.isBlank()
        && !http.isCommitted()) {
      http.setHeader("Cache-Control", "no-store");
    }
    WijkAanZetRuntime current = runtime.get();
    Map<String, Object> view =
        new LinkedHashMap<>(
            FollowFormView.build(current, emptyToNull(wijk), emptyToNull(stateToken), browser));
    view.put(
        "shown",
        current.campaigns().timeline().phases().stream()
            .anyMatch(
                state ->
                    state.phase().kind() == PhaseKind.MEEBESLISSEN
                        && state.status() != PhaseStatus.UPCOMING));
    return view;
  }

  /**
   * The page the follow mails' links open: {@code confirm} ({@code ?bevestig=}) or {@code stop}
   * ({@code ?stop=}), or what came of pressing its button ({@code stateToken}).
   */
  public Map<String, Object> followLink(
      String confirm, String stop, String stateToken, Object request, Object response) {
    if (response instanceof HttpServletResponse http && !http.isCommitted()) {
      // The page names a link that changes a subscription: no cache may keep it.
      http.setHeader("Cache-Control", "no-store");
      http.setHeader("Referrer-Policy", "no-referrer");
    }
    Optional<String> browser =
        request instanceof HttpServletRequest http ? BrowserKey.of(http) : Optional.empty();
    return FollowLinkView.build(
        runtime.get(), emptyToNull(confirm), emptyToNull(stop), emptyToNull(stateToken), browser);
  }

  /** A wijk's id and name, or an empty map for an unknown id. */
  public Map<String, Object> wijk(String id) {
    return runtime.get().campaigns().active().wijken().stream()
        .filter(wijk -> wijk.id().equals(id))
        .findFirst()
        .<Map<String, Object>>map(wijk -> Map.of("id", wijk.id(), "name", wijk.name()))
        .orElse(Map.of());
  }

  private static boolean isStaff(WijkAanZetRuntime runtime, HttpServletRequest request) {
    return runtime
        .currentUser()
        .of(request)
        .filter(user -> user.hasRole(UserIdentity.STAFF))
        .isPresent();
  }

  private static String emptyToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
