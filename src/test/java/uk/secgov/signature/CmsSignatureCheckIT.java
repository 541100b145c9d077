package uk.secgov.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.secgov.it.Deployments;

/** DSS inside WildFly (its JAXB and XML stack, not the test classpath's): the CMS check runs in the server. */
@ExtendWith(ArquillianExtension.class)
class CmsSignatureCheckIT {

    private static final byte[] FORM = "ESME,1063,00050203\n".getBytes(StandardCharsets.UTF_8);

    @Deployment
    static WebArchive war() {
        return Deployments.realWar().addClasses(Deployments.class, TestPki.class, TestPki.Issued.class, TestSigner.class);
    }

    @Test
    void validatesParallelSignaturesAndCatchesAChangedFormInsideTheServer() throws Exception {
        TestPki.Issued root = TestPki.rootCa("CN=In Server Root,O=Test DCC,C=GB");
        TestPki.Issued maker = TestPki.signer(root, "CN=Maker,O=Meterworks Manufacturing Ltd,C=GB");
        TestPki.Issued supplier = TestPki.signer(root, "CN=Supplier,O=Bright Energy Ltd,C=GB", TestPki.ecP256(),
                TestPki.NOW.minus(Duration.ofDays(1)), TestPki.NOW.plus(Duration.ofDays(30)));
        byte[] cms = TestSigner.parallel(FORM, false, "SHA256", List.of(), maker, supplier);
        CmsSignatureCheck check = new CmsSignatureCheck();

        CmsSignatureCheck.CmsResult good = check.check(FORM, cms, List.of(root.certificate()), TestPki.NOW);
        assertEquals(2, good.signatures().size());
        good.signatures().forEach(s -> assertTrue(s.isPassed(), s.reasons().toString()));
        assertTrue(good.detailedReport().contains("DetailedReport"));

        byte[] changed = "ESME,1063,00050204\n".getBytes(StandardCharsets.UTF_8);
        CmsSignatureCheck.CmsResult bad = check.check(changed, cms, List.of(root.certificate()), TestPki.NOW);
        assertEquals(SubIndication.HASH_FAILURE, bad.signatures().get(0).subIndication());
    }
}
