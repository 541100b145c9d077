package uk.secgov.modification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import uk.secgov.platform.security.Allowed;

/** SECAS's steps before conversion: pre-submission comments, the CSC's comment and agreement, sub-committee views. */
@ApplicationScoped
@Transactional
public class DevelopmentSteps {

    @Inject
    CaseRecorder recorder;

    public DevelopmentSteps() {
    }

    public DevelopmentSteps(CaseRecorder recorder) {
        this.recorder = recorder;
    }

    @Allowed("secas")
    public Modification completePrecheck(String reference, String leadAnalyst, String comments, LocalDate on, String actor) {
        return recorder.record(reference, actor, (m, by) -> m.completePrecheck(leadAnalyst, comments, on, by));
    }

    @Allowed("secas")
    public Modification recordCscComment(String reference, String comment, LocalDate meeting, String actor) {
        return recorder.record(reference, actor, (m, by) -> m.recordCscComment(comment, meeting, by));
    }

    @Allowed("secas")
    public Modification recordSubCommitteeViews(String reference, String committee, String views, LocalDate on,
            String actor) {
        return recorder.record(reference, actor, (m, by) -> m.recordSubCommitteeViews(committee, views, on, by));
    }

    @Allowed("secas")
    public Modification agreeProblemStatement(String reference, LocalDate meeting, String actor) {
        return recorder.record(reference, actor, (m, by) -> m.agreeProblemStatement(meeting, by));
    }
}
