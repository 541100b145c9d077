package uk.secgov.release.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import uk.secgov.release.ReleaseCalendar;

/**
 * In demo mode ({@code secgov.demo}), the scheduled releases of the usual pattern for the next two
 * years, proposed for SECAS to confirm. The real past releases are reference data (migration V7),
 * there in every installation. Generating is idempotent, so a restart adds nothing.
 */
@Singleton
@Startup
@DependsOn("ProcessEngineBootstrap")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReleaseDemoData {

    static final int YEARS = 2;
    private static final Logger LOG = Logger.getLogger(ReleaseDemoData.class.getName());

    @Inject
    ReleaseCalendar releases;

    @PostConstruct
    void seed() {
        if (Boolean.parseBoolean(System.getProperty("secgov.demo", "false"))) {
            int added = releases.proposeScheduled(YEARS, "system").size();
            LOG.info(() -> "Demo mode: " + added + " future SEC Release(s) proposed from the usual pattern");
        }
    }
}
