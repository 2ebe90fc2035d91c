package nl.alkmaar.wijkaanzet.review;

import java.util.Optional;
import nl.alkmaar.wijkaanzet.idea.Idea;

/** A published point as reviewers see it: its votes so far and its verdict, if any. */
public record ReviewItem(Idea idea, int votes, Optional<Review> review) {}
