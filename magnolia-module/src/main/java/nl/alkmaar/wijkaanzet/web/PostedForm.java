package nl.alkmaar.wijkaanzet.web;

import java.util.Map;
import java.util.Optional;

/** The text fields of a post, and the photo when one was sent along (multipart only). */
public record PostedForm(Map<String, String> fields, Optional<byte[]> photo) {}
