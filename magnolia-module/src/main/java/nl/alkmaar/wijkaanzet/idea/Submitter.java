package nl.alkmaar.wijkaanzet.idea;

import java.time.Instant;

/**
 * The person behind a point: personal data, stored apart from the point and never shown publicly.
 * {@code email} is null for residents who submitted through staff without one. {@code language}
 * ({@code nl} or {@code en}) is the language of the form they used, so later mails about their
 * point speak it too.
 */
public record Submitter(String name, String email, Instant consentAt, String language) {

  public Submitter {
    language = "en".equals(language) ? "en" : "nl";
  }

  public Submitter(String name, String email, Instant consentAt) {
    this(name, email, consentAt, "nl");
  }
}
