package nl.alkmaar.wijkaanzet.idea.similar;

import java.util.Objects;

/** A published point that a new one may look like. A missing title or description is empty. */
public record SimilarityCandidate(String id, String title, String description) {

  public SimilarityCandidate {
    Objects.requireNonNull(id, "id");
    title = Objects.requireNonNullElse(title, "");
    description = Objects.requireNonNullElse(description, "");
  }

  String text() {
    return title + "\n" + description;
  }
}
