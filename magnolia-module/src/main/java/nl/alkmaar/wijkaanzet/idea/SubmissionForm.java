package nl.alkmaar.wijkaanzet.idea;

/**
 * What a resident (or staff on their behalf) filled in, exactly as sent and not yet checked. Every
 * field may be null. Kept whole so a form with errors can be shown again with all input intact.
 */
public record SubmissionForm(
    String wijk,
    String title,
    String description,
    String category,
    String location,
    String name,
    String email,
    String ageGroup,
    boolean consent) {

  public static SubmissionForm empty() {
    return new SubmissionForm(null, null, null, null, null, null, null, null, false);
  }

  /** The same input with every text normalised (see {@link TextNormalizer}). */
  public SubmissionForm normalized() {
    return new SubmissionForm(
        TextNormalizer.line(wijk),
        TextNormalizer.line(title),
        TextNormalizer.text(description),
        TextNormalizer.line(category),
        TextNormalizer.line(location),
        TextNormalizer.line(name),
        TextNormalizer.line(email),
        TextNormalizer.line(ageGroup),
        consent);
  }
}
