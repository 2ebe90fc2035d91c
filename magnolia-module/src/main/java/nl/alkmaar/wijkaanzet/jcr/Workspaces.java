package nl.alkmaar.wijkaanzet.jcr;

/** The two workspaces the module declares in its descriptor. */
public final class Workspaces {

  /** Campaigns, wijken and verbeterpunten; personal data below {@code /<campaign>/private}. */
  public static final String CONTENT = "wijkaanzet";

  /** Voters and ballots; never published. */
  public static final String VOTES = "wijkaanzet-votes";

  private Workspaces() {}
}
