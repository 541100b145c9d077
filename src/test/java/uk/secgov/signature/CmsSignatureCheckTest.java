package uk.secgov.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.secgov.signature.TestPki.NOW;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The CMS layer with DSS on signatures made by Bouncy Castle: parallel, countersigned, detached and attached, and the refusals. */
class CmsSignatureCheckTest {

    private static final byte[] FORM = "Device Type,Manufacturer Identifier,Model Identifier\nESME,1063,00050203\n"
            .getBytes(StandardCharsets.UTF_8);

    private static TestPki.Issued root;
    private static TestPki.Issued issuing;
    private static TestPki.Issued manufacturer;
    private static TestPki.Issued supplier;
    private final CmsSignatureCheck check = new CmsSignatureCheck();

    @BeforeAll
    static void aTestIkiPki() {
        root = TestPki.rootCa("CN=CMS Root,O=Test DCC,C=GB");
        issuing = TestPki.issuingCa(root, "CN=CMS Issuing,O=Test DCC,C=GB");
        manufacturer = TestPki.signer(issuing, "CN=File Signing,OU=MFR,O=Meterworks Manufacturing Ltd,C=GB");
        supplier = TestPki.signer(issuing, "CN=File Signing,OU=SUP,O=Bright Energy Ltd,C=GB", TestPki.ecP256(),
                NOW.minus(Duration.ofDays(10)), NOW.plus(Duration.ofDays(300)));
    }

    private CmsSignatureCheck.CmsResult check(byte[] form, byte[] signature) {
        return check.check(form, signature, List.of(root.certificate()), NOW);
    }

    @Test
    void aManufacturerAndASupplierSigningInParallelBothPass() throws Exception {
        byte[] cms = TestSigner.parallel(FORM, false, "SHA256", List.of(issuing.certificate()), manufacturer, supplier);

        CmsSignatureCheck.CmsResult result = check(FORM, cms);

        assertThat(result.isReadable()).isTrue();
        assertThat(result.signatures()).hasSize(2).allSatisfy(s -> assertThat(s.isPassed()).as(s.reasons().toString()).isTrue());
        assertThat(result.signatures()).extracting(s -> s.signer()).containsExactlyInAnyOrder(
                manufacturer.certificate(), supplier.certificate());
        assertThat(result.signatures()).extracting(CmsSignatureCheck.SignatureResult::countersignature).containsOnly(false);
        assertThat(result.detailedReport()).contains("DetailedReport");
    }

    @Test
    void aSupplierCountersignatureIsFoundAndPasses() throws Exception {
        byte[] signed = TestSigner.parallel(FORM, false, "SHA256", List.of(issuing.certificate()), manufacturer);
        byte[] countersigned = TestSigner.countersign(FORM, signed, supplier,
                List.of(issuing.certificate(), manufacturer.certificate()));

        CmsSignatureCheck.CmsResult result = check(FORM, countersigned);

        assertThat(result.signatures()).hasSize(2);
        CmsSignatureCheck.SignatureResult counter = result.signatures().stream()
                .filter(CmsSignatureCheck.SignatureResult::countersignature).findFirst().orElseThrow();
        assertThat(counter.signer()).isEqualTo(supplier.certificate());
        assertThat(counter.countersigns()).isEqualTo(result.signatures().get(0).id());
        assertThat(result.signatures()).allSatisfy(s -> assertThat(s.isPassed()).as(s.reasons().toString()).isTrue());
    }

    @Test
    void anAttachedContainerCarriesTheFormAndPemIsAccepted() throws Exception {
        byte[] attached = TestSigner.parallel(FORM, true, "SHA256", List.of(issuing.certificate()), manufacturer);
        String pem = "-----BEGIN CMS-----\n" + Base64.getMimeEncoder().encodeToString(attached) + "\n-----END CMS-----\n";

        CmsSignatureCheck.CmsResult result = check(null, pem.getBytes(StandardCharsets.US_ASCII));

        assertThat(result.signedForm()).isEqualTo(FORM);
        assertThat(result.signatures()).singleElement().satisfies(s -> assertThat(s.isPassed()).isTrue());
    }

    @Test
    void aPemBlockLabelledPkcs7IsAcceptedToo() throws Exception {
        byte[] detached = TestSigner.parallel(FORM, false, "SHA256", List.of(issuing.certificate()), manufacturer);
        String pem = "-----BEGIN PKCS7-----\n" + Base64.getMimeEncoder().encodeToString(detached) + "\n-----END PKCS7-----\n";

        CmsSignatureCheck.CmsResult result = check(FORM, pem.getBytes(StandardCharsets.US_ASCII));

        assertThat(result.signatures()).singleElement().satisfies(s -> assertThat(s.isPassed()).isTrue());
    }

    @Test
    void aFormChangedAfterSigningFailsItsHashCheck() throws Exception {
        byte[] cms = TestSigner.parallel(FORM, false, "SHA256", List.of(issuing.certificate()), manufacturer);
        byte[] changed = Arrays.copyOf(FORM, FORM.length);
        changed[changed.length - 2] = '4';

        CmsSignatureCheck.SignatureResult result = check(changed, cms).signatures().get(0);

        assertThat(result.indication()).isEqualTo(Indication.TOTAL_FAILED);
        assertThat(result.subIndication()).isEqualTo(SubIndication.HASH_FAILURE);
    }

    @Test
    void sha1IsRefused() throws Exception {
        byte[] cms = TestSigner.parallel(FORM, false, "SHA1", List.of(issuing.certificate()), manufacturer);

        CmsSignatureCheck.SignatureResult result = check(FORM, cms).signatures().get(0);

        assertThat(result.isPassed()).isFalse();
        assertThat(result.reasons().get(0)).contains("SHA1").contains("SHA-256 or stronger");
    }

    @Test
    void rsa1024IsRefused() throws Exception {
        TestPki.Issued weak = TestPki.signer(issuing, "CN=Weak,O=Meterworks Manufacturing Ltd,C=GB", TestPki.rsa(1024),
                NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(30)));
        byte[] cms = TestSigner.parallel(FORM, false, "SHA256", List.of(issuing.certificate()), weak);

        CmsSignatureCheck.SignatureResult result = check(FORM, cms).signatures().get(0);

        assertThat(result.subIndication()).isEqualTo(SubIndication.CRYPTO_CONSTRAINTS_FAILURE_NO_POE);
        assertThat(result.reasons().get(0)).contains("1024 bits; at least 2048");
    }

    @Test
    void unreadableFilesAreExplainedNotThrown() throws Exception {
        byte[] cms = TestSigner.parallel(FORM, false, "SHA256", List.of(issuing.certificate()), manufacturer);

        assertThat(check(FORM, new byte[0]).formatProblem()).contains("The file is empty");
        assertThat(check(FORM, "garbage bytes".getBytes()).formatProblem()).contains("neither a DER signature nor a PEM block");
        assertThat(check(FORM, Arrays.copyOf(cms, cms.length / 2)).formatProblem()).contains("not a CMS SignedData");
        assertThat(check(null, cms).formatProblem()).contains("signed form must be uploaded");
        assertThat(check(FORM, root.certificate().getEncoded()).formatProblem()).contains("not a CMS SignedData");
    }
}
