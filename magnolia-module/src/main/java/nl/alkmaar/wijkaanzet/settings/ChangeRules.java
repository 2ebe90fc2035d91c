package nl.alkmaar.wijkaanzet.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.alkmaar.wijkaanzet.campaign.Campaign;
import nl.alkmaar.wijkaanzet.campaign.CampaignRules;
import nl.alkmaar.wijkaanzet.campaign.Category;
import nl.alkmaar.wijkaanzet.campaign.Wijk;
import nl.alkmaar.wijkaanzet.settings.SettingsForm.ListKind;
import nl.alkmaar.wijkaanzet.validation.FieldError;

/**
 * What may not change any more, given what the campaign is already used for. The configuration
 * file's rules say whether settings are sound; these say whether changing them now would break what
 * residents already did (decided in docs/CAMPAIGN.md).
 */
final class ChangeRules {

  private ChangeRules() {}

  static List<FieldError> check(
      Campaign current, Campaign changed, SettingsForm form, CampaignUse use) {
    List<FieldError> errors = new ArrayList<>();
    Set<String> keptWijken = changed.wijken().stream().map(Wijk::id).collect(Collectors.toSet());
    for (int row = 0; row < current.wijken().size(); row++) {
      Wijk wijk = current.wijken().get(row);
      int points = use.pointsPerWijk().getOrDefault(wijk.id(), 0);
      if (!keptWijken.contains(wijk.id()) && points > 0) {
        errors.add(
            new FieldError(
                SettingsForm.field(ListKind.WIJKEN, row, SettingsForm.REMOVE),
                "Wijk "
                    + wijk.name()
                    + " heeft al "
                    + points(points)
                    + ". Een wijk met punten kunt u niet weghalen."));
      }
    }
    Set<String> keptCategories =
        changed.categories().stream().map(Category::id).collect(Collectors.toSet());
    for (int row = 0; row < current.categories().size(); row++) {
      Category category = current.categories().get(row);
      int points = use.pointsPerCategory().getOrDefault(category.id(), 0);
      if (!keptCategories.contains(category.id()) && points > 0) {
        errors.add(
            new FieldError(
                SettingsForm.field(ListKind.CATEGORIES, row, SettingsForm.REMOVE),
                "Onderwerp "
                    + category.name()
                    + " is gekozen bij "
                    + points(points)
                    + ". Een onderwerp dat gekozen is, kunt u niet weghalen. U kunt wel de naam"
                    + " veranderen."));
      }
    }
    CampaignRules before = current.rules();
    CampaignRules after = changed.rules();
    if (use.ballots() > 0) {
      String voted =
          "Er is al gestemd. Dit kan niet meer veranderen, want dan telden de stemmen niet"
              + " gelijk.";
      if (before.choicesPerBallot() != after.choicesPerBallot()) {
        errors.add(new FieldError("rules-choicesPerBallot", "Keuzes per stem: " + voted));
      }
      if (before.ballotsChangeable() != after.ballotsChangeable()) {
        errors.add(new FieldError("rules-ballotsChangeable", "Stem veranderen: " + voted));
      }
    }
    if (use.resultsPublished()) {
      String published = "De uitslag is al bekendgemaakt. Dit kan niet meer veranderen.";
      if (before.winnersPerWijk() != after.winnersPerWijk()) {
        errors.add(new FieldError("rules-winnersPerWijk", "Gekozen punten per wijk: " + published));
      }
      if (before.nextMovesUp() != after.nextMovesUp()) {
        errors.add(new FieldError("rules-nextMovesUp", "Volgende punt schuift door: " + published));
      }
    }
    return errors;
  }

  private static String points(int count) {
    return count == 1 ? "1 verbeterpunt" : count + " verbeterpunten";
  }
}
