package nl.alkmaar.wijkaanzet.idea;

/** The point a moderator acts on does not exist (any more) in the campaign; nothing changed. */
public class IdeaNotFoundException extends RuntimeException {

  private final String id;

  public IdeaNotFoundException(String id) {
    super("Het gekozen punt bestaat niet (meer).");
    this.id = id;
  }

  public String id() {
    return id;
  }
}
