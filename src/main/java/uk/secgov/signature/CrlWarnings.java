package uk.secgov.signature;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.secgov.platform.security.Allowed;
import uk.secgov.platform.time.UkFormat;

/**
 * What the administrator (and SECAS) must know about revocation data now: an issuing CA its root has
 * revoked (with the open submissions signed under it), an issuing CA whose root is not registered or
 * retired, an active anchor with no CRL, a stale CRL or one going stale within a day (signatures then
 * give "try later"), and a failed fetch.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CrlWarnings {

    private static final Duration SOON = Duration.ofDays(1);

    /** One warning about one trust anchor; for a revoked issuing CA, the open submissions signed under it. */
    public record Warning(long trustAnchorId, String trustAnchor, String text, List<String> affectedSubmissions) {

        public Warning(long trustAnchorId, String trustAnchor, String text) {
            this(trustAnchorId, trustAnchor, text, List.of());
        }
    }

    @Inject
    RevokedIssuingCas revokedCas;

    @Inject
    TrustAnchors anchors;

    @Inject
    Crls crls;

    @Inject
    CrlFetches fetches;

    @Inject
    Clock clock;

    @Allowed("admin")
    public List<Warning> current() {
        Instant now = clock.instant();
        List<Warning> warnings = new ArrayList<>();
        for (RevokedIssuingCas.Revocation revoked : revokedCas.current()) {
            warnings.add(new Warning(revoked.ca().id(), revoked.ca().subject(), revoked.text(), revoked.openSubmissions()));
        }
        List<IkiTrustAnchor> active = anchors.active();
        TrustHierarchy hierarchy = TrustHierarchy.of(active.stream().map(IkiTrustAnchor::certificate).toList(),
                anchors.retired().stream().map(IkiTrustAnchor::certificate).toList());
        for (IkiTrustAnchor anchor : active) {
            if (hierarchy.unlinked().contains(anchor.certificate())) {
                warnings.add(new Warning(anchor.id(), anchor.subject(), anchor.subject() + " is an issuing CA whose root ("
                        + anchor.issuer() + ") is not registered, so whether its root has revoked it cannot be checked."
                        + " Register the root CA and load its CRL."));
            } else if (hierarchy.underRetired().contains(anchor.certificate())) {
                warnings.add(new Warning(anchor.id(), anchor.subject(), anchor.subject() + " is not trusted: its root ("
                        + anchor.issuer() + ") was retired. Retire it too, or register its root again."));
            }
        }
        for (IkiTrustAnchor anchor : active) {
            Optional<IkiCrl> newest = crls.newestOf(anchor.id());
            if (newest.isEmpty()) {
                warnings.add(new Warning(anchor.id(), anchor.subject(), "No CRL is loaded for " + anchor.subject()
                        + ": signatures under it give 'try later' until one is."));
            } else if (!newest.get().isCurrentAt(now)) {
                warnings.add(new Warning(anchor.id(), anchor.subject(), "The CRL of " + anchor.subject() + " went stale at "
                        + UkFormat.DATE_TIME.format(newest.get().nextUpdate().orElseThrow()) + ": signatures under it give 'try later'"
                        + " until a newer CRL is loaded."));
            } else if (newest.get().nextUpdate().filter(next -> next.isBefore(now.plus(SOON))).isPresent()) {
                warnings.add(new Warning(anchor.id(), anchor.subject(), "The CRL of " + anchor.subject() + " goes stale at "
                        + UkFormat.DATE_TIME.format(newest.get().nextUpdate().orElseThrow()) + "."));
            }
            fetches.latestOf(anchor.id()).filter(CrlFetch::failed).ifPresent(fetch -> warnings.add(new Warning(
                    anchor.id(), anchor.subject(), UkFormat.DATE_TIME.format(fetch.attemptedAt()) + ": " + fetch.detail())));
        }
        return warnings;
    }
}
