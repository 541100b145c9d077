package uk.secgov.modification.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Date;
import uk.secgov.modification.KeyDate;
import uk.secgov.modification.KeyDateKind;
import uk.secgov.modification.Modifications;
import uk.secgov.modification.UnknownModification;

/**
 * {@code ${modificationDeadlines.due(caseId, 'OBJECTION_WINDOW_END')}}: a timer's date is the key
 * date the case computed in Working Days (never a fixed duration such as P15D).
 */
@ApplicationScoped
@Named("modificationDeadlines")
public class DeadlineTimers {

    @Inject
    Modifications modifications;

    public DeadlineTimers() {
    }

    public DeadlineTimers(Modifications modifications) {
        this.modifications = modifications;
    }

    public Date due(Object caseId, String kind) {
        long id = LifecycleProcess.caseId(caseId);
        KeyDateKind which = KeyDateKind.valueOf(kind);
        KeyDate date = modifications.byId(id).orElseThrow(() -> new UnknownModification("#" + id)).current(which)
                .orElseThrow(() -> new IllegalStateException("Case #" + id + " has no " + which.label()));
        return Date.from(date.dueAt());
    }
}
