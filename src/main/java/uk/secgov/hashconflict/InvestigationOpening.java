package uk.secgov.hashconflict;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import uk.secgov.platform.security.Allowed;

/** SECAS has checked the parties and opens the investigation, so that they can be asked. */
@ApplicationScoped
@Transactional
public class InvestigationOpening {

    @Inject
    InvestigationRecorder recorder;

    @Inject
    Clock clock;

    @Allowed("secas")
    public void open(long investigationId, String actor, String note) {
        InvestigationRecord r = recorder.record(investigationId);
        recorder.append(r.investigation(), r.open(recorder::partyName, actor, note, clock.instant()), false);
    }
}
