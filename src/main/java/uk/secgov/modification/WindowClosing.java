package uk.secgov.modification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import uk.secgov.platform.security.Allowed;

/** When a window's time is up (the process's timers): objection, consultation, appeal, adoption. */
@ApplicationScoped
@Transactional
public class WindowClosing {

    @Inject
    CaseRecorder recorder;

    public WindowClosing() {
    }

    public WindowClosing(CaseRecorder recorder) {
        this.recorder = recorder;
    }

    @Allowed(Allowed.SYSTEM)
    public Modification closeObjectionWindow(long caseId) {
        return recorder.record(caseId, Implementation.SYSTEM, (m, by) -> m.closeObjectionWindow(by));
    }

    @Allowed(Allowed.SYSTEM)
    public Modification closeConsultation(long caseId) {
        return recorder.record(caseId, Implementation.SYSTEM, (m, by) -> m.closeConsultation(by));
    }

    @Allowed(Allowed.SYSTEM)
    public Modification closeAppealWindow(long caseId) {
        return recorder.record(caseId, Implementation.SYSTEM, (m, by) -> m.closeAppealWindow(by));
    }

    @Allowed(Allowed.SYSTEM)
    public Modification closeWithdrawn(long caseId) {
        return recorder.record(caseId, Implementation.SYSTEM, (m, by) -> m.closeWithdrawn(by));
    }
}
