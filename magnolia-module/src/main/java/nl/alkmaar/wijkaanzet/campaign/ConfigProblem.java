package nl.alkmaar.wijkaanzet.campaign;

/**
 * One bad value in a configuration file: where it is, what it was, and what is wrong in plain
 * Dutch. {@code value} is null when the field is missing.
 */
public record ConfigProblem(String field, String value, String message) {

  public String describe(String source) {
    String shown = value == null ? "(leeg)" : "'" + value + "'";
    return source + ": veld '" + field + "' met waarde " + shown + ": " + message;
  }
}
