package nl.alkmaar.wijkaanzet.follow.api;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.alkmaar.wijkaanzet.WijkAanZetRuntime;
import nl.alkmaar.wijkaanzet.follow.Following;

/**
 * The page both links of the follow mails open: {@code ?bevestig=…} to confirm, {@code ?stop=…} to
 * stop. Opening it changes nothing (mail scanners open links too); it shows a button that does it,
 * and after the post what came of it.
 */
public final class FollowLinkView {

  private FollowLinkView() {}

  public static Map<String, Object> build(
      WijkAanZetRuntime runtime,
      String confirmToken,
      String stopToken,
      String stateToken,
      Optional<String> browser) {
    Following following = runtime.following();
    Optional<Following.LinkView> done =
        browser
            .flatMap(key -> runtime.web().formStates().get(key, stateToken, FollowOutcome.class))
            .map(FollowOutcome::link);
    boolean stop = confirmToken == null && stopToken != null;
    Following.LinkView link =
        done.orElseGet(
            () ->
                stop
                    ? following.checkStop(stopToken)
                    : confirmToken == null
                        ? new Following.LinkView(Following.LinkState.UNKNOWN, "")
                        : following.checkConfirm(confirmToken));
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("kind", stop ? "stop" : "confirm");
    view.put(
        "action",
        runtime.web().api("/follow" + (stop ? FollowServlet.STOP : FollowServlet.CONFIRM)));
    view.put("token", runtime.web().tokens().issue());
    view.put("anchor", FollowServlet.ANCHOR);
    view.put("t", Objects.toString(stop ? stopToken : confirmToken, ""));
    view.put("state", link.state().name().toLowerCase(Locale.ROOT));
    view.put("wijk", link.wijkName());
    return view;
  }
}
