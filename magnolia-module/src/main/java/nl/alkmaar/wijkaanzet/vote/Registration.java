package nl.alkmaar.wijkaanzet.vote;

/**
 * A voter in the register as stored: their key, the wijk they voted in and how they were verified.
 * Nothing in it points to their ballot.
 */
public record Registration(String voterKey, String wijk, String method) {}
