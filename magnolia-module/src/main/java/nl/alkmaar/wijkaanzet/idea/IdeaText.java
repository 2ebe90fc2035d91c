package nl.alkmaar.wijkaanzet.idea;

/** The part of a point moderators may correct. {@code location} may be null. */
public record IdeaText(String title, String description, String location, String category) {

  public static IdeaText of(Idea idea) {
    return new IdeaText(idea.title(), idea.description(), idea.location(), idea.category());
  }

  /** For the private history: what the text was before a correction. */
  public String describe() {
    return "titel: "
        + title
        + " | beschrijving: "
        + description
        + " | plek: "
        + (location == null ? "-" : location)
        + " | onderwerp: "
        + category;
  }
}
