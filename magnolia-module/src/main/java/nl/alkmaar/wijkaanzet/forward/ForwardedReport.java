package nl.alkmaar.wijkaanzet.forward;

import java.time.Instant;

/**
 * What goes to the organisation that handles the public space: the point's text and place and its
 * reference. Not the resident's name or e-mail: they agreed to those being used to keep them
 * informed about their idea, not to them being passed on; with the reference the organisation can
 * ask the moderators, who can reach the resident. {@code location} may be null.
 */
public record ForwardedReport(
    String reference,
    String title,
    String description,
    String location,
    String category,
    String wijk,
    Instant submittedAt) {}
