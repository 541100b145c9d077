package uk.secgov.cplsubmission;

/** The submitter withdrew a submission before its decision: investigations of its rows go on without them. */
public record SubmissionWithdrawn(long submissionId, String reference, String actor) {
}
