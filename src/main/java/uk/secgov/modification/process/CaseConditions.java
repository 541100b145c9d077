package uk.secgov.modification.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import uk.secgov.modification.Modifications;
import uk.secgov.modification.UnknownModification;

/** {@code ${modificationCase.stage(caseId)}}: the gateways ask the case where it stands. */
@ApplicationScoped
@Named("modificationCase")
public class CaseConditions {

    @Inject
    Modifications modifications;

    public CaseConditions() {
    }

    public CaseConditions(Modifications modifications) {
        this.modifications = modifications;
    }

    public String stage(Object caseId) {
        long id = LifecycleProcess.caseId(caseId);
        return modifications.byId(id).orElseThrow(() -> new UnknownModification("#" + id)).stage().name();
    }
}
