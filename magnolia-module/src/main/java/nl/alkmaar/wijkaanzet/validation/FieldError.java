package nl.alkmaar.wijkaanzet.validation;

/**
 * One problem with one input field, in plain Dutch (B1) for the person who filled it in. The field
 * name is the form's field name, so the form can put the message next to the field.
 */
public record FieldError(String field, String message) {}
