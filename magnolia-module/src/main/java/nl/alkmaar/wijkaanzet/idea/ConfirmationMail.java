package nl.alkmaar.wijkaanzet.idea;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.alkmaar.wijkaanzet.campaign.Campaign;
import nl.alkmaar.wijkaanzet.campaign.PhaseKind;
import nl.alkmaar.wijkaanzet.notify.MailTemplates;
import nl.alkmaar.wijkaanzet.notify.OutboxMessage;
import nl.alkmaar.wijkaanzet.notify.OutboxMessages;

/**
 * The confirmation a resident gets after submitting: built here, stored in the outbox in the same
 * save as the point, sent later by the dispatcher. No address, no mail.
 *
 * <p>The address was typed in and nobody confirmed it, so the mail carries nothing else that was
 * typed in (name, title, text): otherwise anyone could make the municipality's own mail say their
 * words to any address. It carries the reference, the wijk and where the point will be.
 */
public final class ConfirmationMail {

  public static final String KIND = "bevestiging";

  private final MailTemplates templates;
  private final OutboxMessages messages;

  public ConfirmationMail(MailTemplates templates, OutboxMessages messages) {
    this.templates = templates;
    this.messages = messages;
  }

  public Optional<OutboxMessage> forIdea(
      Campaign campaign, Idea idea, Submitter submitter, String language) {
    if (submitter.email() == null) {
      return Optional.empty();
    }
    String lang = "en".equals(language) ? "en" : "nl";
    Map<String, Object> model =
        Map.of(
            "wijk", campaign.wijk(idea.wijk()).orElseThrow().name(),
            "reference", idea.reference(),
            "pointLink", IdeaModeration.link(campaign, idea),
            "link", campaign.website() == null ? "" : campaign.website(),
            "publishedIn", votingMonth(campaign, lang));
    return Optional.of(
        messages.create(KIND, submitter.email(), templates.render(KIND, lang, model)));
  }

  /** The month the points go public and voting starts, e.g. "mei". */
  private static String votingMonth(Campaign campaign, String language) {
    return campaign.phases().stream()
        .filter(phase -> phase.kind() == PhaseKind.MEEBESLISSEN)
        .findFirst()
        .map(
            phase ->
                DateTimeFormatter.ofPattern("MMMM", Locale.forLanguageTag(language))
                    .format(phase.start()))
        .orElse("");
  }
}
