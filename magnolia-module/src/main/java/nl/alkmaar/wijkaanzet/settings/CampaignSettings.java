package nl.alkmaar.wijkaanzet.settings;

import java.util.ArrayList;
import java.util.List;
import nl.alkmaar.wijkaanzet.campaign.Campaign;
import nl.alkmaar.wijkaanzet.campaign.CampaignService;
import nl.alkmaar.wijkaanzet.campaign.CampaignYamlReader;
import nl.alkmaar.wijkaanzet.campaign.ConfigException;
import nl.alkmaar.wijkaanzet.validation.FieldError;
import nl.alkmaar.wijkaanzet.validation.InvalidInputException;

/**
 * Editors change the campaign's settings (texts, phase dates, wijken, categories, rejection
 * reasons, the numbers of voting and results) while it runs. A change is checked by the same rules
 * as the configuration file, then by what the campaign is already used for ({@link ChangeRules}),
 * and takes effect on every host without a restart ({@link CampaignService}).
 */
public final class CampaignSettings {

  /** Shown when someone else saved the settings between this editor's page and their post. */
  public static final String CHANGED_MEANWHILE =
      "Iemand anders heeft de instellingen veranderd terwijl u dit formulier invulde. Hieronder"
          + " staat uw versie. Kijk of u daarmee niets van de ander ongedaan maakt, en sla dan"
          + " opnieuw op.";

  private final CampaignService campaigns;
  private final CampaignUse use;

  public CampaignSettings(CampaignService campaigns, CampaignUse use) {
    this.campaigns = campaigns;
    this.use = use;
  }

  public Campaign current() {
    return campaigns.active();
  }

  /** Which settings a form was filled from; a post carries it back. */
  public String stand() {
    return CampaignService.fingerprint(campaigns.active());
  }

  public CampaignUse use() {
    return use;
  }

  /**
   * Checks and saves the posted settings. One save at a time on a host, so two editors who saw the
   * same settings never both pass the check of what they saw.
   *
   * @param seen {@link #stand()} of the settings the form showed
   * @return the campaign now in effect
   * @throws InvalidInputException with every fault, when nothing was saved
   */
  public synchronized Campaign change(SettingsForm form, String seen) {
    Campaign current = campaigns.active();
    if (!stand().equals(seen)) {
      throw new InvalidInputException(List.of(new FieldError("actie", CHANGED_MEANWHILE)));
    }
    SettingsForm.Built built = form.tree(current);
    FieldLabels labels = new FieldLabels(current, form, built.rowOfItem());
    List<FieldError> errors = new ArrayList<>(built.typing());
    Campaign changed = null;
    try {
      changed = new CampaignYamlReader().read("het formulier", built.tree());
    } catch (ConfigException e) {
      List<FieldError> read = e.problems().stream().map(labels::error).toList();
      for (FieldError error : read) {
        // A date that was no date is already reported as such. Phases cannot be added, removed
        // or moved here, so "not in order" only follows from a phase the reader had to leave out.
        boolean known = errors.stream().anyMatch(other -> other.field().equals(error.field()));
        boolean followsFromAnother =
            error.field().matches("phases-\\d+-id") && (read.size() > 1 || !errors.isEmpty());
        if (!known && !followsFromAnother) {
          errors.add(error);
        }
      }
    }
    if (changed != null) {
      errors.addAll(ChangeRules.check(current, changed, form, use));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    campaigns.change(changed);
    return campaigns.active();
  }
}
