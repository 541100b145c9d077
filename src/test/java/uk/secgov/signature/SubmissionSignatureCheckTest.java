package uk.secgov.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.secgov.signature.TestPki.NOW;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509CRL;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.secgov.signature.SubmissionSignatureCheck.Expectations;
import uk.secgov.signature.SubmissionSignatureCheck.SignatureRole;
import uk.secgov.signature.SubmissionSignatureCheck.TrustMaterial;
import uk.secgov.signature.SubmissionSignatureCheck.Verdict;

/** Appendix Z 4.3(a) on signatures made by Bouncy Castle: who must sign, who must endorse, and every refusal. */
class SubmissionSignatureCheckTest {

    private static final byte[] FORM = "ESME,1063,00050203,38040404\n".getBytes(StandardCharsets.UTF_8);
    private static final long BRIGHT = 4;
    private static final Map<String, SignerParty> PARTIES = Map.of(
            "Meterworks Manufacturing Ltd", new SignerParty(6, "Meterworks Manufacturing", SignerParty.Kind.MANUFACTURER,
                    Optional.of("1063"), true),
            "Other Maker Ltd", new SignerParty(7, "Other Maker", SignerParty.Kind.MANUFACTURER, Optional.of("2222"), true),
            "Bright Energy Ltd", new SignerParty(BRIGHT, "Bright Energy", SignerParty.Kind.SUPPLIER, Optional.empty(), true),
            "Volt Supply Ltd", new SignerParty(5, "Volt Supply", SignerParty.Kind.SUPPLIER, Optional.empty(), true),
            "Smart DCC Ltd", new SignerParty(3, "Smart DCC", SignerParty.Kind.DCC, Optional.empty(), true));

    private static TestPki.Issued root;
    private static TestPki.Issued issuing;
    private static TestPki.Issued maker;
    private static TestPki.Issued otherMaker;
    private static TestPki.Issued bright;
    private static TestPki.Issued volt;
    private static TestPki.Issued dcc;
    private static TestPki.Issued revokedMaker;
    private static TrustMaterial trust;

    private final SubmissionSignatureCheck check = new SubmissionSignatureCheck(new CmsSignatureCheck(),
            new CertificatePathCheck(), org -> Optional.ofNullable(PARTIES.get(org)));

    @BeforeAll
    static void aTestIkiPkiAndItsParties() {
        root = TestPki.rootCa("CN=Z Root,O=Test DCC,C=GB");
        issuing = TestPki.issuingCa(root, "CN=Z Issuing,O=Test DCC,C=GB");
        maker = TestPki.signer(issuing, "CN=File Signing,OU=MFR,O=Meterworks Manufacturing Ltd,C=GB");
        otherMaker = TestPki.signer(issuing, "CN=File Signing,OU=MFR,O=Other Maker Ltd,C=GB");
        bright = TestPki.signer(issuing, "CN=File Signing,OU=SUP,O=Bright Energy Ltd,C=GB", TestPki.ecP256(),
                NOW.minus(Duration.ofDays(5)), NOW.plus(Duration.ofDays(300)));
        volt = TestPki.signer(issuing, "CN=File Signing,OU=SUP,O=Volt Supply Ltd,C=GB");
        dcc = TestPki.signer(issuing, "CN=File Signing,OU=DCC,O=Smart DCC Ltd,C=GB");
        revokedMaker = TestPki.signer(issuing, "CN=Old Key,OU=MFR,O=Meterworks Manufacturing Ltd,C=GB");
        X509CRL issuingCrl = TestPki.freshCrl(issuing, Map.of(revokedMaker.certificate().getSerialNumber(),
                NOW.minus(Duration.ofDays(3))));
        trust = new TrustMaterial(List.of(root.certificate()), List.of(TestPki.freshCrl(root, Map.of()), issuingCrl));
    }

    private Verdict verify(byte[] cms, boolean dccMustEndorse) {
        return check.verify(FORM, cms, new Expectations("1063", BRIGHT, dccMustEndorse), trust, NOW);
    }

    private static byte[] parallel(TestPki.Issued... signers) throws Exception {
        return TestSigner.parallel(FORM, false, "SHA256", List.of(issuing.certificate()), signers);
    }

    @Test
    void passesTheImageCreatorsSignatureWithTheSubmittingSuppliersParallelEndorsement() throws Exception {
        Verdict verdict = verify(parallel(maker, bright), false);

        assertThat(verdict.indication()).as(verdict.summary()).isEqualTo(Indication.TOTAL_PASSED);
        assertThat(verdict.signatures()).extracting(SubmissionSignatureCheck.SignatureVerdict::role)
                .containsExactlyInAnyOrder(SignatureRole.IMAGE_CREATOR, SignatureRole.ENDORSER);
        assertThat(verdict.rules()).allSatisfy(r -> assertThat(r.passed()).isTrue());
        assertThat(verdict.summary()).contains("Signed by Meterworks Manufacturing").contains("Endorsed by Bright Energy");
    }

    @Test
    void passesASupplierCountersignatureOnTheImageCreatorsSignature() throws Exception {
        byte[] signed = parallel(maker);
        byte[] countersigned = TestSigner.countersign(FORM, signed, bright,
                List.of(issuing.certificate(), maker.certificate()));

        Verdict verdict = verify(countersigned, false);

        assertThat(verdict.isPassed()).as(verdict.summary()).isTrue();
        assertThat(verdict.rules().get(1).explanation()).contains("a countersignature");
    }

    @Test
    void aMissingEndorsementIsRefused() throws Exception {
        Verdict verdict = verify(parallel(maker), false);

        assertThat(verdict.isPassed()).isFalse();
        assertThat(verdict.summary()).contains("must be endorsed by the supplier submitting it");
    }

    @Test
    void anEndorsementByAnotherSupplierIsRefused() throws Exception {
        Verdict verdict = verify(parallel(maker, volt), false);

        assertThat(verdict.isPassed()).isFalse();
        assertThat(verdict.rules().get(1).passed()).isFalse();
        assertThat(verdict.rules().get(2).explanation()).contains("Volt Supply");
    }

    @Test
    void aSmets1FormEndorsedByASupplierIsRefusedAndByTheDccPasses() throws Exception {
        Verdict bySupplier = verify(parallel(maker, bright), true);
        Verdict byDcc = verify(parallel(maker, dcc), true);

        assertThat(bySupplier.isPassed()).isFalse();
        assertThat(bySupplier.summary()).contains("must be endorsed by the DCC");
        assertThat(byDcc.isPassed()).as(byDcc.summary()).isTrue();
    }

    @Test
    void theDccMayEndorseAndSubmitASupplierDeviceForm() throws Exception {
        Verdict verdict = check.verify(FORM, parallel(maker, dcc), new Expectations("1063", 3L, false), trust, NOW);

        assertThat(verdict.isPassed()).as(verdict.summary()).isTrue();
        assertThat(verdict.rules().get(1).explanation()).contains("Endorsed by Smart DCC");
    }

    @Test
    void beforeSubmissionAMissingEndorsementIsNotYetCheckedButTheManufacturersSignatureIs() throws Exception {
        Expectations manufacturerCheck = Expectations.beforeSubmission("1063", false);

        Verdict onlyMaker = check.verify(FORM, parallel(maker), manufacturerCheck, trust, NOW);
        Verdict withSupplier = check.verify(FORM, parallel(maker, volt), manufacturerCheck, trust, NOW);
        Verdict revoked = check.verify(FORM, parallel(revokedMaker), manufacturerCheck, trust, NOW);
        Verdict stranger = check.verify(FORM, parallel(maker, otherMaker), manufacturerCheck, trust, NOW);

        assertThat(onlyMaker.isPassed()).as(onlyMaker.summary()).isTrue();
        assertThat(onlyMaker.summary()).startsWith("Passed so far:");
        assertThat(onlyMaker.rules().get(1).outcome()).isEqualTo(SubmissionSignatureCheck.RuleCheck.Outcome.NOT_CHECKED);
        assertThat(onlyMaker.rules().get(1).explanation()).contains("Not endorsed yet");
        assertThat(withSupplier.isPassed()).as(withSupplier.summary()).isTrue();
        assertThat(withSupplier.rules().get(1).explanation()).contains("Endorsed by Volt Supply")
                .contains("must be the one that submits it");
        assertThat(revoked.indication()).isEqualTo(Indication.TOTAL_FAILED);
        assertThat(revoked.subIndication()).isEqualTo(SubIndication.REVOKED);
        assertThat(stranger.isPassed()).isFalse();
        assertThat(stranger.rules().get(1).outcome()).isEqualTo(SubmissionSignatureCheck.RuleCheck.Outcome.FAILED);
    }

    @Test
    void aSignatureByAnotherManufacturerIsNotTheImageCreators() throws Exception {
        Verdict verdict = verify(parallel(otherMaker, bright), false);

        assertThat(verdict.rules().get(0).passed()).isFalse();
        assertThat(verdict.rules().get(0).explanation()).contains("Manufacturer Identifier 1063").contains("Other Maker");
    }

    @Test
    void aRevokedManufacturerCertificateFailsTheWholeSubmission() throws Exception {
        Verdict verdict = verify(parallel(revokedMaker, bright), false);

        assertThat(verdict.indication()).isEqualTo(Indication.TOTAL_FAILED);
        assertThat(verdict.subIndication()).isEqualTo(SubIndication.REVOKED);
        assertThat(verdict.summary()).contains("Meterworks Manufacturing's signature").contains("revoked");
    }

    @Test
    void withoutACurrentCrlTheVerdictIsTryLater() throws Exception {
        TrustMaterial stale = new TrustMaterial(trust.anchors(), List.of(TestPki.freshCrl(root, Map.of()),
                TestPki.crl(issuing, issuing.key(), NOW.minus(Duration.ofDays(9)), NOW.minus(Duration.ofDays(2)),
                        Map.<BigInteger, Instant>of())));

        Verdict verdict = check.verify(FORM, parallel(maker, bright), new Expectations("1063", BRIGHT, false), stale, NOW);

        assertThat(verdict.indication()).isEqualTo(Indication.INDETERMINATE);
        assertThat(verdict.subIndication()).isEqualTo(SubIndication.TRY_LATER);
        assertThat(verdict.summary()).startsWith("Try later:");
    }

    @Test
    void aCertificateFromAnUnknownCaIsNotTrusted() throws Exception {
        TestPki.Issued elsewhere = TestPki.rootCa("CN=Elsewhere,O=Elsewhere,C=GB");
        TestPki.Issued impostor = TestPki.signer(elsewhere, "CN=File Signing,OU=MFR,O=Meterworks Manufacturing Ltd,C=GB");

        Verdict verdict = verify(TestSigner.parallel(FORM, false, "SHA256", List.of(issuing.certificate()), impostor, bright),
                false);

        assertThat(verdict.isPassed()).isFalse();
        assertThat(verdict.signatures()).anySatisfy(s -> assertThat(s.subIndication())
                .isIn(SubIndication.NO_CERTIFICATE_CHAIN_FOUND, SubIndication.CERTIFICATE_CHAIN_GENERAL_FAILURE,
                        SubIndication.CHAIN_CONSTRAINTS_FAILURE));
    }

    @Test
    void aSignatureOverOtherBytesFails() throws Exception {
        byte[] cms = TestSigner.parallel("something else".getBytes(), false, "SHA256", List.of(issuing.certificate()),
                maker, bright);

        Verdict verdict = verify(cms, false);

        assertThat(verdict.indication()).isEqualTo(Indication.TOTAL_FAILED);
        assertThat(verdict.subIndication()).isEqualTo(SubIndication.HASH_FAILURE);
    }

    @Test
    void garbageIsAFormatFailureWithItsReason() {
        Verdict verdict = check.verify(FORM, "not a signature".getBytes(), new Expectations("1063", BRIGHT, false), trust, NOW);

        assertThat(verdict.indication()).isEqualTo(Indication.TOTAL_FAILED);
        assertThat(verdict.subIndication()).isEqualTo(SubIndication.FORMAT_FAILURE);
        assertThat(verdict.summary()).contains("neither a DER signature nor a PEM block");
    }
}
