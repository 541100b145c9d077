package uk.secgov.signature;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import uk.secgov.signature.SubmissionSignatureCheck.Expectations;
import uk.secgov.signature.SubmissionSignatureCheck.TrustMaterial;

/**
 * Whatever bytes arrive as a signature file, verification gives a defined verdict with a reason:
 * never an exception, never a pass. The normal test run replays the saved inputs in
 * {@code src/test/resources/uk/secgov/signature/SignatureParsingFuzzTestInputs}; {@code JAZZER_FUZZ=1} fuzzes.
 */
class SignatureParsingFuzzTest {

    private static final byte[] FORM = "ESME,1063,00050203,38040404\n".getBytes(StandardCharsets.UTF_8);
    private static final TestPki.Issued ROOT = TestPki.rootCa("CN=Fuzz Root,O=Test DCC,C=GB");
    private static final SubmissionSignatureCheck CHECK = new SubmissionSignatureCheck(new CmsSignatureCheck(),
            new CertificatePathCheck(), org -> Optional.empty());

    @FuzzTest(maxDuration = "30s")
    void anySignatureFileGetsADefinedRejection(byte[] signatureFile) {
        SubmissionSignatureCheck.Verdict verdict = CHECK.verify(FORM, signatureFile, new Expectations("1063", 4, false),
                new TrustMaterial(List.of(ROOT.certificate()), List.of()), Instant.parse("2026-11-21T10:00:00Z"));

        assertThat(verdict.isPassed()).isFalse();
        assertThat(verdict.indication()).isNotNull();
        assertThat(verdict.summary()).isNotBlank();
    }
}
