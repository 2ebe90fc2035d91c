package nl.alkmaar.wijkaanzet.campaign;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * One edition of "Wij(k) aan zet!", as configured; immutable and already validated. {@code website}
 * is the campaign's public address (mails link to it); it may be null.
 */
public record Campaign(
    String id,
    String title,
    String intro,
    String website,
    ZoneId timeZone,
    List<Phase> phases,
    List<Wijk> wijken,
    List<Category> categories,
    List<RejectionReason> rejectionReasons,
    CampaignRules rules) {

  public Campaign {
    phases = List.copyOf(phases);
    wijken = List.copyOf(wijken);
    categories = List.copyOf(categories);
    rejectionReasons = List.copyOf(rejectionReasons);
  }

  public Optional<RejectionReason> rejectionReason(String reasonId) {
    return rejectionReasons.stream().filter(reason -> reason.id().equals(reasonId)).findFirst();
  }

  /** The category's name as residents read it; the id itself for a category no longer listed. */
  public String categoryName(String categoryId) {
    return categories.stream()
        .filter(category -> category.id().equals(categoryId))
        .map(Category::name)
        .findFirst()
        .orElse(categoryId);
  }

  public Optional<Wijk> wijk(String wijkId) {
    return wijken.stream().filter(wijk -> wijk.id().equals(wijkId)).findFirst();
  }
}
