package nl.alkmaar.wijkaanzet.campaign;

/**
 * A neighbourhood taking part. {@code cbsCode} and {@code residents} are null where CBS publishes
 * none (Vroonermeer, a new wijk, has neither in the 2024 figures).
 */
public record Wijk(String id, String name, String cbsCode, Integer residents) {}
