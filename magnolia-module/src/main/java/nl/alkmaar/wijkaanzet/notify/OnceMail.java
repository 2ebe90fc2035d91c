package nl.alkmaar.wijkaanzet.notify;

import java.util.Map;

/**
 * A mail that must go out at most once: {@code id} names it for good (a second attempt with the
 * same id sends nothing), {@code kind} is its template, {@code model} what the template reads.
 */
public record OnceMail(
    String id, String kind, String recipient, String language, Map<String, Object> model) {}
