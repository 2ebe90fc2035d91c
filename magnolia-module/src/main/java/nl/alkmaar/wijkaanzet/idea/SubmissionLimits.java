package nl.alkmaar.wijkaanzet.idea;

/** Lengths residents may use; shown in hints and enforced by the validator and the form. */
public final class SubmissionLimits {

  public static final int TITLE_MIN = 5;
  public static final int TITLE_MAX = 80;
  public static final int DESCRIPTION_MIN = 20;
  public static final int DESCRIPTION_MAX = 2000;
  public static final int LOCATION_MAX = 200;
  public static final int NAME_MAX = 100;
  public static final int EMAIL_MAX = 254;

  private SubmissionLimits() {}
}
