package nl.alkmaar.wijkaanzet.idea;

/** A point's id with the version a moderator saw, for actions on several points at once. */
public record IdeaVersion(String id, long version) {}
