package nl.alkmaar.wijkaanzet.idea.submit;

/**
 * Element ids the submission form template uses and redirects point at; one place, so the template
 * and the servlet cannot drift apart.
 */
public final class FormAnchors {

  public static final String FORM = "wz-formulier";
  public static final String ERRORS = "wz-foutmeldingen";
  public static final String CONFIRMATION = "wz-bevestiging";

  /** Prefix of every field's id: {@code wz-veld-title}. */
  public static final String FIELD_PREFIX = "wz-veld-";

  private FormAnchors() {}
}
