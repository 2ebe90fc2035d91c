package nl.alkmaar.wijkaanzet.idea;

/**
 * A point as moderators see it: with the version they must send back with an action, so two
 * moderators working on the same point cannot overwrite each other unnoticed.
 */
public record ModeratedIdea(Idea idea, long version) {}
