package nl.alkmaar.wijkaanzet.campaign.api;

import java.time.LocalDate;
import java.util.List;
import nl.alkmaar.wijkaanzet.campaign.Campaign;
import nl.alkmaar.wijkaanzet.campaign.CampaignRules;
import nl.alkmaar.wijkaanzet.campaign.CampaignTimeline;
import nl.alkmaar.wijkaanzet.campaign.Category;
import nl.alkmaar.wijkaanzet.campaign.Phase;

/** The public JSON shape of {@code GET /api/campaign}; kept stable for widgets and partners. */
public record CampaignJson(
    String id,
    String title,
    String intro,
    String timeZone,
    LocalDate today,
    String currentPhase,
    List<PhaseJson> phases,
    List<Category> categories,
    CampaignRules rules,
    List<String> editions) {

  /** With the ids of the other editions kept on this host ({@code ?campagne=<id>} reads one). */
  public CampaignJson withEditions(List<String> others) {
    return new CampaignJson(
        id, title, intro, timeZone, today, currentPhase, phases, categories, rules, others);
  }

  public record PhaseJson(
      String id, String title, String description, LocalDate start, LocalDate end, String status) {}

  public static CampaignJson of(Campaign campaign, CampaignTimeline timeline) {
    List<PhaseJson> phases =
        timeline.phases().stream()
            .map(
                state -> {
                  Phase phase = state.phase();
                  return new PhaseJson(
                      phase.id(),
                      phase.title(),
                      phase.description(),
                      phase.start(),
                      phase.end(),
                      state.status().id());
                })
            .toList();
    return new CampaignJson(
        campaign.id(),
        campaign.title(),
        campaign.intro(),
        campaign.timeZone().getId(),
        timeline.today(),
        timeline.current().map(Phase::id).orElse(null),
        phases,
        campaign.categories(),
        campaign.rules(),
        List.of());
  }
}
