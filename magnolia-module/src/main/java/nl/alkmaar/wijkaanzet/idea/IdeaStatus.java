package nl.alkmaar.wijkaanzet.idea;

/**
 * Where a verbeterpunt stands. Only {@link #GEPUBLICEERD} points are public; moderators move points
 * between the states as {@link IdeaLifecycle} allows.
 */
public enum IdeaStatus {
  INGEDIEND,
  GEPUBLICEERD,
  SAMENGEVOEGD,
  DOORGESTUURD,
  AFGEWEZEN,
  TERUGGETROKKEN;

  public boolean isPublic() {
    return this == GEPUBLICEERD;
  }

  /** How staff screens and exports write the status. */
  public String label() {
    return switch (this) {
      case INGEDIEND -> "Ingediend";
      case GEPUBLICEERD -> "Gepubliceerd";
      case SAMENGEVOEGD -> "Samengevoegd";
      case DOORGESTUURD -> "Doorgestuurd";
      case AFGEWEZEN -> "Afgewezen";
      case TERUGGETROKKEN -> "Teruggetrokken";
    };
  }
}
