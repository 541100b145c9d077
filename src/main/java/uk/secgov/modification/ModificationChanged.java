package uk.secgov.modification;

/**
 * Something was recorded on a case: fired inside the transaction that recorded it, once per
 * timeline entry, so the process (who does what next) moves with the case or not at all.
 */
public record ModificationChanged(long caseId, String reference, TimelineKind kind, Stage stage) {
}
