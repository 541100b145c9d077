package uk.secgov.hashconflict;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import uk.secgov.platform.security.Allowed;

/** SECAS's recommendation to the Panel, with its reasons and, for replace, the requested Hash it chooses. */
@ApplicationScoped
@Transactional
public class Recommendations {

    @Inject
    InvestigationRecorder recorder;

    @Inject
    Clock clock;

    @Allowed("secas")
    public void recommend(long investigationId, String actor, ConflictRecommendation recommendation) {
        InvestigationRecord r = recorder.record(investigationId);
        recorder.append(r.investigation(), r.recommend(recommendation, actor, clock.instant()), false);
    }
}
