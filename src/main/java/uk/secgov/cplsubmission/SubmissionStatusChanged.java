package uk.secgov.cplsubmission;

/** A submission moved to a new status (fired in the transaction that recorded it). */
public record SubmissionStatusChanged(long submissionId, String reference, SubmissionStatus status, String note) {
}
