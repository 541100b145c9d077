package uk.secgov.modification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import uk.secgov.platform.security.Allowed;

/** Parties challenge a self-governed decision: an objection to a Fast-Track, an appeal against a Path 3 decision. */
@ApplicationScoped
@Transactional
public class Challenges {

    @Inject
    CaseRecorder recorder;

    public Challenges() {
    }

    public Challenges(CaseRecorder recorder) {
        this.recorder = recorder;
    }

    @Allowed("secas")
    public Modification objection(String reference, String party, String grounds, LocalDate on, String actor) {
        return recorder.record(reference, actor, (m, by) -> m.recordObjection(party, grounds, on, by));
    }

    @Allowed("secas")
    public Modification appeal(String reference, String party, String grounds, LocalDate on, String actor) {
        return recorder.record(reference, actor, (m, by) -> m.recordAppeal(party, grounds, on, by));
    }
}
