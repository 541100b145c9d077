package uk.secgov.signature.demo;

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
import java.util.List;
import java.util.logging.Logger;
import uk.secgov.signature.CrlNotNewer;
import uk.secgov.signature.CrlRegistry;
import uk.secgov.signature.IkiCrl;
import uk.secgov.signature.InvalidSignatureMaterial;
import uk.secgov.signature.TrustAnchorRegistry;

/**
 * In demo mode ({@code secgov.demo}), the demo IKI (TEST ONLY, made by {@code docs/examples/make-demo-pki.sh}):
 * its root and issuing CA certificates become trust anchors and their CRLs are loaded, so the signed examples in
 * {@code docs/examples/} verify. Only what is missing is added, so a restart changes nothing.
 */
@Singleton
@Startup
@DependsOn("ProcessEngineBootstrap")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class IkiDemoData {

    static final List<String> CAS = List.of("root-ca", "issuing-ca");
    private static final String ACTOR = "system";
    private static final Logger LOG = Logger.getLogger(IkiDemoData.class.getName());

    @Inject
    TrustAnchorRegistry anchors;

    @Inject
    CrlRegistry crls;

    @PostConstruct
    void seed() {
        if (!Boolean.parseBoolean(System.getProperty("secgov.demo", "false"))) {
            return;
        }
        for (String ca : CAS) {
            try {
                anchors.register(resource(ca + ".pem"), null, ACTOR);
            } catch (InvalidSignatureMaterial alreadyThere) {
                LOG.fine(() -> "Demo IKI: " + ca + " is already a trust anchor");
            }
            try {
                crls.receive(resource(ca + ".crl"), IkiCrl.Source.UPLOAD, ACTOR);
            } catch (CrlNotNewer alreadyLoaded) {
                LOG.fine(() -> "Demo IKI: the CRL of " + ca + " is already loaded");
            }
        }
        LOG.info("Demo mode: the demo IKI (TEST ONLY) is a trust anchor; docs/examples/ are signed with it");
    }

    private static byte[] resource(String name) {
        try (InputStream in = IkiDemoData.class.getResourceAsStream("/demo/iki/" + name)) {
            if (in == null) {
                throw new IllegalStateException("The WAR lacks the demo IKI file demo/iki/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
