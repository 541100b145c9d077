package uk.secgov.cplsubmission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Answers the investigations: the submissions and rows they decide, read from the stored submissions. */
@ApplicationScoped
public class SubmissionsUnderInvestigation implements InvestigatedSubmissions {

    @Inject
    CplSubmissions submissions;

    public SubmissionsUnderInvestigation() {
    }

    public SubmissionsUnderInvestigation(CplSubmissions submissions) {
        this.submissions = submissions;
    }

    @Override
    public Optional<CplSubmission> submission(long submissionId) {
        return submissions.byId(submissionId);
    }

    @Override
    public Optional<SubmittedRow> row(long rowId) {
        return submissions.row(rowId);
    }

    @Override
    public List<SubmittedRow> rows(long submissionId) {
        return submissions.rows(submissionId);
    }

    @Override
    public Set<Long> withdrawn(Collection<Long> submissionIds) {
        return submissions.latestEvents(submissionIds).entrySet().stream()
                .filter(e -> e.getValue().status() == SubmissionStatus.WITHDRAWN).map(java.util.Map.Entry::getKey)
                .collect(Collectors.toSet());
    }
}
