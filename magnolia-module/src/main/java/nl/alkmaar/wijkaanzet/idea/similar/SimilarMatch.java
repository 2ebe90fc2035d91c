package nl.alkmaar.wijkaanzet.idea.similar;

/** A look-alike and how much it looks like the query: 0 (nothing alike) to 1 (the same words). */
public record SimilarMatch(String id, double score) {}
