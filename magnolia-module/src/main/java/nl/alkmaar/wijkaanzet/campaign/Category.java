package nl.alkmaar.wijkaanzet.campaign;

/** A category residents choose for their verbeterpunt. */
public record Category(String id, String name) {}
