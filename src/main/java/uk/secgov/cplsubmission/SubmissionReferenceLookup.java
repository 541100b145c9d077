package uk.secgov.cplsubmission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import uk.secgov.cpl.SubmissionReferences;

/** Answers the register: the reference of a submission, by its id. */
@ApplicationScoped
public class SubmissionReferenceLookup implements SubmissionReferences {

    @Inject
    CplSubmissions submissions;

    public SubmissionReferenceLookup() {
    }

    public SubmissionReferenceLookup(CplSubmissions submissions) {
        this.submissions = submissions;
    }

    @Override
    public Optional<String> referenceOf(long submissionId) {
        return submissions.byId(submissionId).map(CplSubmission::reference);
    }
}
