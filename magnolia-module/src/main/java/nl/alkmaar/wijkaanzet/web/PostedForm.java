package nl.alkmaar.wijkaanzet.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The text fields of a post (the first value of each), every value of each field ({@code lists}:
 * repeated form fields such as checkboxes, JSON arrays), and the photo when one was sent along
 * (multipart only).
 */
public record PostedForm(
    Map<String, String> fields, Map<String, List<String>> lists, Optional<byte[]> photo) {

  public PostedForm(Map<String, String> fields, Optional<byte[]> photo) {
    this(fields, Map.of(), photo);
  }

  /** Every value sent for {@code name}, in order; empty when none was. */
  public List<String> all(String name) {
    return lists.getOrDefault(name, List.of());
  }
}
