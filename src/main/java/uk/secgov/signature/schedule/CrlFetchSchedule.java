package uk.secgov.signature.schedule;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import uk.secgov.signature.CrlFetching;

/**
 * Fetches the trust anchors' CRLs every {@code secgov.crl.fetch-minutes} minutes (from
 * {@code SECGOV_CRL_FETCH_MINUTES}; 60 by default, 0 switches it off), first one minute after start.
 */
@Singleton
@Startup
public class CrlFetchSchedule {

    private static final Logger LOG = Logger.getLogger(CrlFetchSchedule.class.getName());

    @Resource
    TimerService timers;

    @Inject
    CrlFetching fetching;

    @PostConstruct
    void schedule() {
        long minutes = Long.getLong("secgov.crl.fetch-minutes", 60);
        if (minutes <= 0) {
            LOG.info("Fetching CRLs on a schedule is switched off (secgov.crl.fetch-minutes = 0)");
            return;
        }
        timers.createIntervalTimer(60_000L, minutes * 60_000L, new TimerConfig("crl-fetch", false));
    }

    /** Downloads happen outside any transaction; each CRL and each log line has its own. */
    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void fetch() {
        fetching.fetchAll();
    }
}
