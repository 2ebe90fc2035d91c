package nl.alkmaar.wijkaanzet.backoffice;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.alkmaar.wijkaanzet.CampaignRuntimes;
import nl.alkmaar.wijkaanzet.WijkAanZet;
import nl.alkmaar.wijkaanzet.WijkAanZetRuntime;
import nl.alkmaar.wijkaanzet.web.QueryStrings;

/**
 * Which campaign a staff member works on when the host runs more than one (the wijk campaign and
 * the village track): chosen with {@code ?campagne=<id>} on any screen (the chooser in the screens'
 * header sends it), kept in the login session, the main campaign until then. Every screen and every
 * form of the session then works on that campaign.
 */
public final class StaffCampaigns {

  static final String SESSION_ATTRIBUTE = "wijkaanzet.campagne";

  private StaffCampaigns() {}

  public static WijkAanZetRuntime runtimeFor(HttpServletRequest request) {
    CampaignRuntimes all = WijkAanZet.runtimes();
    if (all.all().size() == 1) {
      return all.main();
    }
    String asked =
        "GET".equals(request.getMethod())
            ? QueryStrings.value(request.getQueryString(), "campagne")
            : null;
    Optional<WijkAanZetRuntime> named = all.find(asked);
    if (named.isPresent()) {
      request.getSession(true).setAttribute(SESSION_ATTRIBUTE, asked.strip());
      return named.get();
    }
    HttpSession session = request.getSession(false);
    Object kept = session == null ? null : session.getAttribute(SESSION_ATTRIBUTE);
    return all.chosen(kept instanceof String id ? id : null);
  }

  /** The campaigns to choose from ({@code id}, {@code title}, {@code current}); empty with one. */
  public static List<Map<String, Object>> choices(WijkAanZetRuntime current) {
    CampaignRuntimes all = WijkAanZet.runtimes();
    List<Map<String, Object>> choices = new ArrayList<>();
    if (all.all().size() > 1) {
      for (WijkAanZetRuntime each : all.all()) {
        choices.add(
            Map.of(
                "id", each.campaigns().active().id(),
                "title", each.campaigns().active().title(),
                "current", each == current));
      }
    }
    return choices;
  }
}
