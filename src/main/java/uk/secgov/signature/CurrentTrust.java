package uk.secgov.signature;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import uk.secgov.platform.security.Allowed;

/**
 * The trust material in force, kept in memory: the active registered CAs (roots as trust anchors, issuing
 * CAs as intermediates under them, see {@link TrustHierarchy}) and the newest CRL of each,
 * parsed once. A CRL with 100,000 entries is read from the database and parsed when it arrives (or
 * after a restart), not per verification; the JDK's CRL then looks serial numbers up in a hash map.
 * Adding or retiring an anchor, or a new CRL, makes the next verification read them again.
 */
@ApplicationScoped
public class CurrentTrust {

    @Inject
    Crls crls;

    @Inject
    TrustAnchors anchors;

    /*
     * By its global name: the bean may first be made on a job executor thread (a verification after a restart),
     * which has no java:comp namespace, so the default java:comp name would not be found there.
     */
    @Resource(lookup = "java:jboss/TransactionSynchronizationRegistry")
    TransactionSynchronizationRegistry transactions;

    private final Map<Long, X509CRL> parsed = new ConcurrentHashMap<>();
    private volatile SubmissionSignatureCheck.TrustMaterial material;

    /** The active anchors and the newest CRL of each, current or not (the path check decides). */
    @Transactional(Transactional.TxType.SUPPORTS)
    @Allowed(Allowed.SYSTEM)
    public SubmissionSignatureCheck.TrustMaterial material() {
        SubmissionSignatureCheck.TrustMaterial m = material;
        if (m == null) {
            List<X509CRL> newest = newestCrls();
            m = new SubmissionSignatureCheck.TrustMaterial(hierarchy(), newest);
            material = m;
        }
        return m;
    }

    /** How the registered CAs hang together now: roots, intermediates under them, and those not trusted. */
    private TrustHierarchy hierarchy() {
        return TrustHierarchy.of(anchors.active().stream().map(IkiTrustAnchor::certificate).toList(),
                anchors.retired().stream().map(IkiTrustAnchor::certificate).toList());
    }

    private List<X509CRL> newestCrls() {
        List<IkiCrl> records = crls.newestPerActiveAnchor();
        List<X509CRL> newest = records.stream().map(r -> parsed.computeIfAbsent(r.id(), id -> r.parse())).toList();
        parsed.keySet().retainAll(records.stream().map(IkiCrl::id).toList());
        return newest;
    }

    /**
     * An anchor or CRL changed: read them again at the next verification, and again once the change
     * has committed (a verification running meanwhile must not keep the old material for good).
     */
    void forget() {
        material = null;
        if (transactions != null && transactions.getTransactionKey() != null) {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    material = null;
                }
            });
        }
    }
}
