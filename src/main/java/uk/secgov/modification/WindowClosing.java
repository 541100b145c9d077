package uk.secgov.modification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

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

    public Modification closeObjectionWindow(long caseId) {
        return recorder.record(caseId, Implementation.SYSTEM, (m, by) -> m.closeObjectionWindow(by));
    }

    public Modification closeConsultation(long caseId) {
        return recorder.record(caseId, Implementation.SYSTEM, (m, by) -> m.closeConsultation(by));
    }

    public Modification closeAppealWindow(long caseId) {
        return recorder.record(caseId, Implementation.SYSTEM, (m, by) -> m.closeAppealWindow(by));
    }

    public Modification closeWithdrawn(long caseId) {
        return recorder.record(caseId, Implementation.SYSTEM, (m, by) -> m.closeWithdrawn(by));
    }
}
