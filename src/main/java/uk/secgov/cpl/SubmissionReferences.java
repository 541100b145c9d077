package uk.secgov.cpl;

import java.util.Optional;

/**
 * The reference of the submission that added a step to a CPL entry's history ({@code CPL-2026-000001}), for the
 * public history. Owned here and answered by the {@code cplsubmission} feature, which depends on this one.
 */
public interface SubmissionReferences {

    Optional<String> referenceOf(long submissionId);
}
