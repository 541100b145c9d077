package uk.secgov.cplsubmission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import uk.secgov.cpl.InvalidCplRequest;
import uk.secgov.platform.security.Allowed;

/** The Panel's delegation of associations without a Hash conflict to SECAS: set or withdrawn, with its rationale. */
@ApplicationScoped
@Transactional
public class PanelDelegations {

    @Inject
    CplSubmissions submissions;

    @Inject
    Clock clock;

    /** The Panel sets (or withdraws) its delegation; the newest setting is in force. */
    @Allowed("panel")
    public PanelDelegation delegate(boolean delegated, String actor, String rationale) {
        if (rationale == null || rationale.isBlank()) {
            throw new InvalidCplRequest("rationale", "Give the Panel's rationale (for example the meeting and minute).");
        }
        return submissions.add(PanelDelegation.of(delegated, actor, rationale.strip(), clock.instant()));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    @Allowed({"panel", "secas"})
    public Optional<PanelDelegation> delegation() {
        return submissions.currentDelegation();
    }
}
