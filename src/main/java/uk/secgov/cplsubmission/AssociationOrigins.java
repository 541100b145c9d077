package uk.secgov.cplsubmission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import uk.secgov.cpl.CurrentAssociations;
import uk.secgov.cpl.HashAssociation;
import uk.secgov.platform.time.UkFormat;

/**
 * How a Device Model's current Hash got there, as a row's reason quotes it: "associated 02/03/2026 by submission
 * CPL-2026-000001", "..., imported from" the published CPL, or "associated before this register".
 */
@ApplicationScoped
public class AssociationOrigins {

    @Inject
    CurrentAssociations register;

    @Inject
    CplSubmissions submissions;

    public String of(long deviceModelId) {
        return of(register.current(deviceModelId));
    }

    public String of(Optional<HashAssociation> current) {
        return current.flatMap(HashAssociation::submissionId).flatMap(submissions::byId)
                .map(s -> "associated " + UkFormat.WORDS.format(current.get().at()) + " by submission " + s.reference())
                .or(() -> current.flatMap(HashAssociation::importId).flatMap(register::importById)
                        .map(i -> "associated " + UkFormat.WORDS.format(current.get().at()) + ", imported from " + i.source()))
                .orElse("associated before this register");
    }
}
