package nl.alkmaar.wijkaanzet.execution;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One step in the execution of a chosen point: its status from then on, the planned completion (if
 * known), a public text for residents, and who wrote it (staff: never public).
 */
public record ProgressUpdate(
    Instant at, ExecutionStatus status, Optional<LocalDate> planned, String text, String author) {}
