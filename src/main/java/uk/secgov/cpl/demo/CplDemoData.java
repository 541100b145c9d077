package uk.secgov.cpl.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.logging.Logger;
import uk.secgov.cpl.CplImporter;
import uk.secgov.cpl.CplRegister;
import uk.secgov.cpl.NamedFile;

/**
 * In demo mode ({@code secgov.demo}), a few listed CPL entries, imported as a real installation starts its
 * register from the published CPL ({@code demo/cpl-entries.csv}); the conflict example in {@code docs/examples/}
 * names one of them. Only an empty register is started, so a restart changes nothing.
 */
@Singleton
@Startup
@DependsOn("ProcessEngineBootstrap")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CplDemoData {

    private static final Logger LOG = Logger.getLogger(CplDemoData.class.getName());

    @Inject
    CplImporter importer;

    @Inject
    CplRegister register;

    @PostConstruct
    void seed() {
        // SECGOV_DEMO_CPL=false leaves the register empty (the benchmark imports its own published CPL).
        if (!Boolean.parseBoolean(System.getProperty("secgov.demo", "false"))
                || "false".equalsIgnoreCase(System.getenv("SECGOV_DEMO_CPL")) || register.countModels() > 0) {
            return;
        }
        try (InputStream in = CplDemoData.class.getResourceAsStream("/demo/cpl-entries.csv")) {
            if (in == null) {
                throw new IllegalStateException("The WAR lacks demo/cpl-entries.csv");
            }
            int entries = importer.importCsv(new NamedFile("cpl-entries.csv", in.readAllBytes()),
                    "Demo CPL (not the real Central Products List)", "system").entries();
            LOG.info(() -> "Demo mode: " + entries + " demo CPL entries listed");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
