package nl.alkmaar.wijkaanzet.validation;

import java.util.List;

/** Input that cannot be accepted; nothing was changed. Carries a message for every bad field. */
public class InvalidInputException extends RuntimeException {

  private final List<FieldError> errors;

  public InvalidInputException(List<FieldError> errors) {
    super("invalid input: " + errors.stream().map(FieldError::field).toList());
    this.errors = List.copyOf(errors);
  }

  public List<FieldError> errors() {
    return errors;
  }
}
