package nl.alkmaar.wijkaanzet.validation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Field errors as the form templates show them: a list for the error summary, each linking to its
 * field ({@code idPrefix + field}), and the first message per field for the field itself.
 */
public final class FieldErrorViews {

  private FieldErrorViews() {}

  public static List<Map<String, String>> summary(List<FieldError> errors, String idPrefix) {
    return errors.stream()
        .map(
            error ->
                Map.of(
                    "field", error.field(),
                    "message", error.message(),
                    "target", idPrefix + error.field()))
        .toList();
  }

  public static Map<String, String> byField(List<FieldError> errors) {
    Map<String, String> byField = new LinkedHashMap<>();
    errors.forEach(error -> byField.putIfAbsent(error.field(), error.message()));
    return byField;
  }
}
