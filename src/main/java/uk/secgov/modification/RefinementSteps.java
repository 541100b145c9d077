package uk.secgov.modification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import uk.secgov.platform.security.Allowed;

/** Refinement recorded as events (Working Groups, DCC impact assessments, legal text, consultation), then completed. */
@ApplicationScoped
@Transactional
public class RefinementSteps {

    @Inject
    CaseRecorder recorder;

    public RefinementSteps() {
    }

    public RefinementSteps(CaseRecorder recorder) {
        this.recorder = recorder;
    }

    @Allowed("secas")
    public Modification recordEvent(String reference, String what, String details, LocalDate on, String actor) {
        return recorder.record(reference, actor, (m, by) -> m.recordRefinementEvent(what, details, on, by));
    }

    @Allowed("secas")
    public Modification complete(String reference, LocalDate on, String actor) {
        return recorder.record(reference, actor, (m, by) -> m.completeRefinement(on, by));
    }
}
