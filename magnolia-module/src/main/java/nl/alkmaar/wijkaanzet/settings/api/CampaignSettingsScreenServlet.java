package nl.alkmaar.wijkaanzet.settings.api;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.alkmaar.wijkaanzet.backoffice.ScreenPage;
import nl.alkmaar.wijkaanzet.backoffice.StaffScreenServlet;
import nl.alkmaar.wijkaanzet.campaign.Campaign;
import nl.alkmaar.wijkaanzet.settings.CampaignSettings;
import nl.alkmaar.wijkaanzet.settings.CampaignUse;
import nl.alkmaar.wijkaanzet.settings.SettingsForm;
import nl.alkmaar.wijkaanzet.settings.SettingsForm.ListKind;
import nl.alkmaar.wijkaanzet.user.UserIdentity;
import nl.alkmaar.wijkaanzet.validation.FieldError;
import nl.alkmaar.wijkaanzet.validation.InvalidInputException;
import nl.alkmaar.wijkaanzet.web.screen.ScreenTemplates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The editors' campaign settings screen (role {@value UserIdentity#EDITOR}): one form with the
 * campaign's texts, phase dates, the numbers of voting and results, wijken, categories and
 * rejection reasons. Mounted at {@code /.wijkaanzet/campagne} (app {@code
 * apps/wijkaanzet-campagne.yaml}) and {@code /campagne} on the standalone host.
 */
public class CampaignSettingsScreenServlet extends StaffScreenServlet {

  private static final Logger LOG = LoggerFactory.getLogger(CampaignSettingsScreenServlet.class);

  public CampaignSettingsScreenServlet() {
    super(
        new Screen(
            "Campagne",
            new ScreenTemplates("/nl/alkmaar/wijkaanzet/settings/api"),
            Set.of(UserIdentity.EDITOR),
            "Log in als redacteur om deze pagina te zien.",
            "Alleen redacteuren kunnen de instellingen van de campagne veranderen."));
  }

  @Override
  protected void get(ScreenPage page, UserIdentity user) throws IOException {
    if (page.path().length > 0) {
      notFound(page);
      return;
    }
    CampaignSettings settings = page.runtime().campaignSettings();
    show(
        page,
        SettingsForm.of(settings.current()),
        settings.stand(),
        List.of(),
        "ja".equals(page.request().getParameter("opgeslagen")),
        200);
  }

  @Override
  protected void post(ScreenPage page, UserIdentity editor) throws IOException {
    if (page.path().length > 0) {
      notFound(page);
      return;
    }
    if (!page.isGenuinePost(editor, "Er is niets opgeslagen.")) {
      return;
    }
    CampaignSettings settings = page.runtime().campaignSettings();
    Campaign before = settings.current();
    SettingsForm form = SettingsForm.posted(page.request()::getParameter, before);
    try {
      settings.change(form, page.request().getParameter("stand"));
    } catch (InvalidInputException e) {
      // Shown with the settings as they are now, so a second save after "someone else changed
      // them" compares with what the editor then saw.
      show(
          page,
          form,
          settings.stand(),
          e.errors(),
          false,
          e.errors().stream()
                  .anyMatch(error -> error.message().equals(CampaignSettings.CHANGED_MEANWHILE))
              ? 409
              : 400);
      return;
    }
    LOG.info("campaign {} settings changed by {}", before.id(), editor.name());
    page.redirect("?opgeslagen=ja");
  }

  private static void show(
      ScreenPage page,
      SettingsForm form,
      String stand,
      List<FieldError> errors,
      boolean saved,
      int status)
      throws IOException {
    CampaignSettings settings = page.runtime().campaignSettings();
    Campaign campaign = settings.current();
    CampaignUse use = settings.use();
    Map<String, Object> model = new HashMap<>();
    model.put("form", form.values());
    model.put("stand", stand);
    model.put("saved", saved && errors.isEmpty());
    model.put("fromFile", page.runtime().campaignFromFile());
    model.put("votingLocked", use.ballots() > 0);
    model.put("resultsLocked", use.resultsPublished());
    List<Map<String, Object>> phases = new ArrayList<>();
    for (int i = 0; i < campaign.phases().size(); i++) {
      phases.add(
          Map.of(
              "index",
              i,
              "number",
              i + 1,
              "name",
              campaign.phases().get(i).title(),
              "last",
              i == campaign.phases().size() - 1));
    }
    model.put("phases", phases);
    Map<String, Integer> pointsPerWijk = use.pointsPerWijk();
    List<Map<String, Object>> wijken = new ArrayList<>();
    for (int i = 0; i < form.rows(ListKind.WIJKEN); i++) {
      String name = campaign.wijken().get(i).name();
      int points = pointsPerWijk.getOrDefault(campaign.wijken().get(i).id(), 0);
      wijken.add(row(i, "Wijk " + name, "Wijk " + name + " weghalen", inUse(points)));
    }
    model.put("wijken", wijken);
    Map<String, Integer> pointsPerCategory = use.pointsPerCategory();
    List<Map<String, Object>> categories = new ArrayList<>();
    for (int i = 0; i < form.rows(ListKind.CATEGORIES); i++) {
      String name = campaign.categories().get(i).name();
      int points = pointsPerCategory.getOrDefault(campaign.categories().get(i).id(), 0);
      categories.add(row(i, "Onderwerp " + name, "Onderwerp " + name + " weghalen", inUse(points)));
    }
    model.put("categories", categories);
    List<Map<String, Object>> reasons = new ArrayList<>();
    for (int i = 0; i < form.rows(ListKind.REASONS); i++) {
      String number = "Reden " + (i + 1);
      reasons.add(row(i, number, number + " weghalen", ""));
    }
    model.put("reasons", reasons);
    model.put(
        "newRow",
        Map.of(
            ListKind.WIJKEN.key(), form.rows(ListKind.WIJKEN),
            ListKind.CATEGORIES.key(), form.rows(ListKind.CATEGORIES),
            ListKind.REASONS.key(), form.rows(ListKind.REASONS)));
    model.put(
        "wijkFields",
        List.of(
            field(
                "id",
                "Korte naam voor het adres",
                "",
                "Zoals de-mare: kleine letters, cijfers en"
                    + " streepjes; de wijkpagina krijgt het adres /wijk/de-mare. Leeg: gemaakt van de"
                    + " naam. Dit kan later niet meer veranderen.",
                true,
                "",
                ""),
            field(
                "name", "Naam", "", "Vul alleen in als u een wijk wilt toevoegen.", false, "", ""),
            field(
                "cbsCode", "CBS-wijkcode", "Zoals WK036108.", "Zoals WK036108.", true, "", "code"),
            field(
                "residents",
                "Aantal inwoners",
                "Volgens het CBS.",
                "Volgens het CBS.",
                true,
                "numeric",
                "number")));
    model.put(
        "categoryFields",
        List.of(
            field(
                "name",
                "Naam",
                "",
                "Vul alleen in als u een onderwerp wilt toevoegen.",
                false,
                "",
                "")));
    model.put(
        "reasonFields",
        List.of(
            field(
                "text",
                "Tekst voor de indiener",
                "",
                "Vul alleen in als u een reden wilt" + " toevoegen.",
                false,
                "",
                "")));
    model.putAll(ScreenPage.faults(errors));
    page.page(
        "campagne",
        (errors.isEmpty() ? "" : "Fout: ") + "Instellingen van de campagne",
        model,
        status);
  }

  private static String inUse(int points) {
    return points == 0
        ? ""
        : points == 1 ? "1 verbeterpunt: kan niet weg." : points + " verbeterpunten: kan niet weg.";
  }

  private static Map<String, Object> row(int row, String legend, String removeLabel, String hint) {
    return Map.of("row", row, "legend", legend, "removeLabel", removeLabel, "removeHint", hint);
  }

  private static Map<String, Object> field(
      String name,
      String label,
      String hint,
      String newHint,
      boolean optional,
      String inputmode,
      String width) {
    return Map.of(
        "name", name,
        "label", label,
        "hint", hint,
        "newHint", newHint,
        "optional", optional,
        "inputmode", inputmode,
        "width", width);
  }
}
