package nl.alkmaar.wijkaanzet.result;

import java.util.Map;

/**
 * A mail to the person who sent in a point, about its outcome: {@code ideaId} makes it one per
 * point (a second publication sends nothing again), {@code model} is what the mail template {@value
 * ResultNotices#KIND} reads.
 */
public record ResultNotice(
    String ideaId, String recipient, String language, Map<String, Object> model) {}
