package nl.alkmaar.wijkaanzet.idea;

import java.time.Instant;

/**
 * The person behind a point: personal data, stored apart from the point and never shown publicly.
 * {@code email} is null for residents who submitted through staff without one.
 */
public record Submitter(String name, String email, Instant consentAt) {}
