package uk.secgov.signature;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.cert.X509CRL;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The newest CRL of each active trust anchor, parsed once and kept in memory: a CRL with 100,000
 * entries is read from the database and parsed when it arrives (or after a restart), not per
 * verification. Parsed CRLs are looked up by serial number in a hash map inside the JDK's CRL.
 */
@ApplicationScoped
public class CurrentCrls {

    @Inject
    Crls crls;

    private final Map<Long, X509CRL> parsed = new ConcurrentHashMap<>();
    private volatile List<IkiCrl> newest;

    /** The CRLs to check revocation against: the newest of each active anchor, current or not (the path check decides). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<X509CRL> forVerification() {
        List<IkiCrl> records = newest;
        if (records == null) {
            records = crls.newestPerActiveAnchor();
            newest = records;
        }
        return records.stream().map(r -> parsed.computeIfAbsent(r.id(), id -> r.parse())).toList();
    }

    /** A CRL arrived or an anchor was retired: read the newest ones again at the next verification. */
    void forget() {
        newest = null;
    }
}
