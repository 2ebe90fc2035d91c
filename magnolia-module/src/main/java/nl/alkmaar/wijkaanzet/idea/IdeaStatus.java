package nl.alkmaar.wijkaanzet.idea;

/**
 * Where a verbeterpunt stands. Only {@link #GEPUBLICEERD} points are public; the other states are
 * set by moderators (a later capability) and are listed here so stored data never needs migrating.
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
}
