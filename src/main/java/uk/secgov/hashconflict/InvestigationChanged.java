package uk.secgov.hashconflict;

/**
 * Something was recorded on an investigation: the process and the notifications follow it.
 * {@code fromProcess}: the process itself made the step (a completed task), so it need not be moved.
 */
public record InvestigationChanged(long investigationId, String reference, InvestigationEvent.Kind kind,
        Long requestId, boolean fromProcess) {
}
