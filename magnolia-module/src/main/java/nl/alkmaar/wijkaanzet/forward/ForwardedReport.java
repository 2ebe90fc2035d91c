package nl.alkmaar.wijkaanzet.forward;

import java.time.Instant;

/**
 * What goes to the organisation that handles the public space: the point's text and place, and the
 * reporter's contact details so they can ask a question or report back. {@code location}, {@code
 * reporterName} and {@code reporterEmail} may be null.
 */
public record ForwardedReport(
    String reference,
    String title,
    String description,
    String location,
    String category,
    String wijk,
    Instant submittedAt,
    String reporterName,
    String reporterEmail) {}
