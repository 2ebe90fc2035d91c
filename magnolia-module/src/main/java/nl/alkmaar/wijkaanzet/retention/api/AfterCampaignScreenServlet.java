package nl.alkmaar.wijkaanzet.retention.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.alkmaar.wijkaanzet.backoffice.ScreenPage;
import nl.alkmaar.wijkaanzet.backoffice.StaffScreenServlet;
import nl.alkmaar.wijkaanzet.retention.AfterCampaign;
import nl.alkmaar.wijkaanzet.user.UserIdentity;
import nl.alkmaar.wijkaanzet.validation.FieldError;
import nl.alkmaar.wijkaanzet.validation.InvalidInputException;
import nl.alkmaar.wijkaanzet.vote.Register;
import nl.alkmaar.wijkaanzet.web.screen.ScreenTemplates;

/**
 * The editors' screen for after the campaign (role {@value UserIdentity#EDITOR}): what personal
 * data the campaign still holds (counts only), and the two steps that delete it, each with a tick
 * box and the reason when it cannot be taken yet. Mounted at {@code /.wijkaanzet/gegevens} (app
 * {@code apps/wijkaanzet-gegevens.yaml}) and {@code /gegevens} on the standalone host.
 */
public class AfterCampaignScreenServlet extends StaffScreenServlet {

  static final String REGISTER = "/stemregister";
  static final String CONTACTS = "/contactgegevens";

  public AfterCampaignScreenServlet() {
    super(
        new Screen(
            "Persoonsgegevens",
            new ScreenTemplates("/nl/alkmaar/wijkaanzet/retention/api"),
            Set.of(UserIdentity.EDITOR),
            "Log in als redacteur om deze pagina te zien.",
            "Alleen redacteuren kunnen persoonsgegevens verwijderen."));
  }

  @Override
  protected void get(ScreenPage page, UserIdentity user) throws IOException {
    if (page.path().length != 0) {
      notFound(page);
      return;
    }
    overview(page, List.of(), page.request().getParameter("verwijderd"), 200);
  }

  /** The campaign the editor chose ({@code campagne}), the active one without a choice. */
  private static String chosen(ScreenPage page) {
    String id = page.request().getParameter("campagne");
    return id == null || id.isBlank() ? page.runtime().campaigns().active().id() : id.strip();
  }

  @Override
  protected void post(ScreenPage page, UserIdentity editor) throws IOException {
    String step = page.request().getPathInfo();
    if (!REGISTER.equals(step) && !CONTACTS.equals(step)) {
      notFound(page);
      return;
    }
    if (!page.isGenuinePost(editor, "Er is niets verwijderd.")) {
      return;
    }
    AfterCampaign after = page.runtime().afterCampaign();
    String campaign = chosen(page);
    String back = "?campagne=" + java.net.URLEncoder.encode(campaign, StandardCharsets.UTF_8);
    try {
      if (REGISTER.equals(step)) {
        boolean sure = "ja".equals(page.request().getParameter("register-zeker"));
        after.forgetRegister(campaign, editor.name(), sure);
        page.redirect(back + "&verwijderd=stemregister#wz-verwijderd");
      } else {
        boolean sure = "ja".equals(page.request().getParameter("contact-zeker"));
        after.forgetContacts(campaign, editor.name(), sure);
        page.redirect(back + "&verwijderd=contactgegevens#wz-verwijderd");
      }
    } catch (InvalidInputException e) {
      overview(page, e.errors(), null, 400);
    }
  }

  private static void overview(ScreenPage page, List<FieldError> errors, String deleted, int status)
      throws IOException {
    AfterCampaign after = page.runtime().afterCampaign();
    AfterCampaign.Overview overview;
    try {
      overview = after.overview(chosen(page));
    } catch (InvalidInputException e) {
      page.message(
          404, "Onbekende campagne", "Deze campagne kennen we niet. Kies er een uit de lijst.");
      return;
    }
    Register register = overview.register();
    Map<String, Object> model = new HashMap<>();
    // Maps, not records: Magnolia's FreeMarker does not read record components.
    model.put("voters", register.voters());
    model.put("codes", register.codes());
    model.put("pendingBallots", register.pendingBallots());
    model.put("submitters", overview.submitters());
    model.put("followers", overview.followers());
    model.put("mailsWaiting", overview.mails().waiting());
    model.put("mailsWithAddress", overview.mails().withAddress());
    model.put("registerRefusal", overview.registerRefusal().orElse(""));
    model.put("contactsRefusal", overview.contactsRefusal().orElse(""));
    model.put(
        "deleted",
        "stemregister".equals(deleted) || "contactgegevens".equals(deleted) ? deleted : "");
    model.put("form", Map.of());
    model.put("chosenEdition", overview.campaignId());
    model.put("editions", after.editions());
    model.putAll(ScreenPage.faults(errors));
    String title = (errors.isEmpty() ? "" : "Fout: ") + "Persoonsgegevens na de campagne";
    page.page("gegevens", title, model, status);
  }
}
