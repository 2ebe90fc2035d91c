package nl.alkmaar.wijkaanzet.jcr;

/** The two workspaces the module declares in its descriptor. */
public final class Workspaces {

  /** Campaigns, wijken and verbeterpunten; personal data below {@code /<campaign>/private}. */
  public static final String CONTENT = "wijkaanzet";

  /**
   * The folder below each campaign that holds personal data (submitters, history, outbox); no
   * public endpoint reads below it. Also why no wijk may take this name.
   */
  public static final String PRIVATE_FOLDER = "private";

  /** Voters and ballots; never published. */
  public static final String VOTES = "wijkaanzet-votes";

  private Workspaces() {}
}
